-- Exchange and clearing tables: instruments, trading accounts, orders, trades, funds, daily statistics and
-- K-lines. Kept by ExchangeProjections, except funds_balances, which the projector sums from every event that
-- moves money as it sums holdings. Money is in fen, quantities in tonnes; a trading_date is the CST day.

CREATE TABLE instruments (
    symbol              VARCHAR(64)   PRIMARY KEY,
    unit                VARCHAR(100)  NOT NULL,
    -- The price the day's band is built on: the listing price, then each day's close.
    reference_price_fen BIGINT        NOT NULL,
    lot_tonnes          BIGINT        NOT NULL,
    max_order_tonnes    BIGINT        NOT NULL,
    halted              BOOLEAN       NOT NULL,
    halt_reason         VARCHAR(1000),
    listed_at_millis    BIGINT        NOT NULL,
    listed_sequence     BIGINT        NOT NULL,
    updated_sequence    BIGINT        NOT NULL
);

CREATE TABLE trading_accounts (
    account_id          VARCHAR(100) PRIMARY KEY,
    member_id           VARCHAR(200) NOT NULL,
    owner_id            VARCHAR(200) NOT NULL,
    registered_sequence BIGINT       NOT NULL
);

-- One row per order: NEW, PARTIALLY_FILLED, FILLED or CANCELLED (a cancelled order may have filled in part).
-- quantity is as entered; open_quantity what rests now; avg_price_fen the filled value over the filled
-- quantity, half-up, NULL before the first fill.
CREATE TABLE orders (
    order_id           VARCHAR(64)  PRIMARY KEY,
    account_id         VARCHAR(100) NOT NULL,
    symbol             VARCHAR(64)  NOT NULL,
    side               VARCHAR(4)   NOT NULL,
    order_type         VARCHAR(10)  NOT NULL,
    time_in_force      VARCHAR(4)   NOT NULL,
    price_fen          BIGINT       NOT NULL,
    quantity           BIGINT       NOT NULL,
    open_quantity      BIGINT       NOT NULL,
    filled_quantity    BIGINT       NOT NULL,
    filled_value_fen   BIGINT       NOT NULL,
    avg_price_fen      BIGINT,
    fees_fen           BIGINT       NOT NULL,
    cancelled_quantity BIGINT       NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    cancel_reason      VARCHAR(20),
    accepted_at_millis BIGINT       NOT NULL,
    accepted_sequence  BIGINT       NOT NULL,
    updated_at_millis  BIGINT       NOT NULL,
    updated_sequence   BIGINT       NOT NULL
);
CREATE INDEX orders_by_account ON orders (account_id, accepted_sequence);
CREATE INDEX orders_by_status ON orders (status, accepted_sequence);

-- Every trade of every kind; block and one-way trades are here with their kind but stay out of the K-lines.
CREATE TABLE trades (
    trade_no           BIGINT       PRIMARY KEY,
    sequence           BIGINT       NOT NULL,
    event_index        INTEGER      NOT NULL,
    executed_at_millis BIGINT       NOT NULL,
    executed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    trading_date       DATE         NOT NULL,
    symbol             VARCHAR(64)  NOT NULL,
    unit               VARCHAR(100) NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    aggressor          VARCHAR(4)   NOT NULL,
    buy_order_id       VARCHAR(64)  NOT NULL,
    sell_order_id      VARCHAR(64)  NOT NULL,
    buy_account        VARCHAR(100) NOT NULL,
    sell_account       VARCHAR(100) NOT NULL,
    price_fen          BIGINT       NOT NULL,
    quantity           BIGINT       NOT NULL,
    value_fen          BIGINT       NOT NULL,
    buy_fee_fen        BIGINT       NOT NULL,
    sell_fee_fen       BIGINT       NOT NULL
);
CREATE INDEX trades_by_symbol ON trades (symbol, executed_at_millis);
CREATE INDEX trades_by_buy_account ON trades (buy_account, trading_date);
CREATE INDEX trades_by_sell_account ON trades (sell_account, trading_date);

-- Money per funds account and state (AVAILABLE, RESERVED), the sum of every funds movement, like holdings.
CREATE TABLE funds_balances (
    account_id  VARCHAR(100) NOT NULL,
    funds_state VARCHAR(20)  NOT NULL,
    amount_fen  BIGINT       NOT NULL,
    PRIMARY KEY (account_id, funds_state)
);

-- The same movements summed per CST day, so a statement can show a day's opening and closing balances.
CREATE TABLE funds_daily_changes (
    account_id   VARCHAR(100) NOT NULL,
    funds_state  VARCHAR(20)  NOT NULL,
    trading_date DATE         NOT NULL,
    change_fen   BIGINT       NOT NULL,
    PRIMARY KEY (account_id, funds_state, trading_date)
);

-- Money into and out of the market: deposits credited by the operator and withdrawals.
CREATE TABLE funds_transfers (
    sequence           BIGINT        NOT NULL,
    event_index        INTEGER       NOT NULL,
    account_id         VARCHAR(100)  NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    amount_fen         BIGINT        NOT NULL,
    reference          VARCHAR(1000) NOT NULL,
    occurred_at_millis BIGINT        NOT NULL,
    trading_date       DATE          NOT NULL,
    PRIMARY KEY (sequence, event_index)
);
CREATE INDEX funds_transfers_by_account ON funds_transfers (account_id, trading_date);

-- Session statistics of each instrument and trading day, as the exchange fixed them at the close: the close
-- is the VWAP of the listed trades (the previous close on a day without trades); block trades apart.
CREATE TABLE daily_statistics (
    symbol             VARCHAR(64) NOT NULL,
    trading_date       DATE        NOT NULL,
    open_fen           BIGINT      NOT NULL,
    high_fen           BIGINT      NOT NULL,
    low_fen            BIGINT      NOT NULL,
    close_fen          BIGINT      NOT NULL,
    volume             BIGINT      NOT NULL,
    turnover_fen       BIGINT      NOT NULL,
    vwap_fen           BIGINT      NOT NULL,
    trades             BIGINT      NOT NULL,
    block_volume       BIGINT      NOT NULL,
    block_turnover_fen BIGINT      NOT NULL,
    sequence           BIGINT      NOT NULL,
    PRIMARY KEY (symbol, trading_date)
);

-- OHLCV bars of listed trades (continuous and call auction) per instrument at 1m, 1d and 1w. A bar starts at
-- its CST minute, its CST day or the Monday of its ISO week; close is the bar's last trade.
CREATE TABLE klines (
    symbol              VARCHAR(64) NOT NULL,
    kline_interval      VARCHAR(4)  NOT NULL,
    bucket_start_millis BIGINT      NOT NULL,
    bucket_start        TIMESTAMP WITH TIME ZONE NOT NULL,
    open_fen            BIGINT      NOT NULL,
    high_fen            BIGINT      NOT NULL,
    low_fen             BIGINT      NOT NULL,
    close_fen           BIGINT      NOT NULL,
    volume              BIGINT      NOT NULL,
    turnover_fen        BIGINT      NOT NULL,
    trades              BIGINT      NOT NULL,
    updated_sequence    BIGINT      NOT NULL,
    PRIMARY KEY (symbol, kline_interval, bucket_start_millis)
);
