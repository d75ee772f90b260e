-- Registry and rulebook tables, kept by the projections in RegistryProjections. Each row records the journal
-- sequence that last changed it, so a reader can tell how fresh it is against projection_position.

-- The jurisdictions of the unified market; fixed in code, so seeded here.
CREATE TABLE jurisdictions (
    code VARCHAR(8)   PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
INSERT INTO jurisdictions (code, name) VALUES
    ('SC', 'Sichuan (Chengdu)'),
    ('CQ', 'Chongqing'),
    ('CY', 'Chengdu-Chongqing unified market');

-- Who may send commands, in which role and jurisdiction.
CREATE TABLE actors (
    actor_id            VARCHAR(200) PRIMARY KEY,
    role                VARCHAR(40)  NOT NULL,
    jurisdiction        VARCHAR(8)   NOT NULL REFERENCES jurisdictions (code),
    registered_by       VARCHAR(200) NOT NULL,
    registered_sequence BIGINT       NOT NULL
);

CREATE TABLE accounts (
    account_id            VARCHAR(100) PRIMARY KEY,
    account_type          VARCHAR(40)  NOT NULL,
    jurisdiction          VARCHAR(8)   NOT NULL REFERENCES jurisdictions (code),
    holder_id             VARCHAR(200) NOT NULL,
    holder_name           VARCHAR(400) NOT NULL,
    frozen                BOOLEAN      NOT NULL,
    frozen_reason         VARCHAR(1000),
    -- 0 means no account-level limit.
    transfer_limit_tonnes BIGINT       NOT NULL,
    opened_at_millis      BIGINT       NOT NULL,
    opened_sequence       BIGINT       NOT NULL,
    updated_sequence      BIGINT       NOT NULL
);
CREATE INDEX accounts_by_holder ON accounts (holder_id);

CREATE TABLE account_representatives (
    account_id     VARCHAR(100) NOT NULL REFERENCES accounts (account_id),
    actor_id       VARCHAR(200) NOT NULL,
    added_sequence BIGINT       NOT NULL,
    PRIMARY KEY (account_id, actor_id)
);

-- Transfers and where each stands: AWAITING_APPROVAL, DELAYED (approved, waiting for its execution time),
-- COMPLETED or CANCELLED.
CREATE TABLE transfers (
    transfer_id       VARCHAR(100) PRIMARY KEY,
    from_account      VARCHAR(100) NOT NULL,
    to_account        VARCHAR(100) NOT NULL,
    unit              VARCHAR(100) NOT NULL,
    quantity_tonnes   BIGINT       NOT NULL,
    state             VARCHAR(30)  NOT NULL,
    proposed_by       VARCHAR(200) NOT NULL,
    approved_by       VARCHAR(200),
    execute_at_millis BIGINT,
    cancelled_by      VARCHAR(200),
    cancel_reason     VARCHAR(1000),
    serial_blocks     JSONB        NOT NULL,
    proposed_sequence BIGINT       NOT NULL,
    updated_sequence  BIGINT       NOT NULL
);
CREATE INDEX transfers_by_from_account ON transfers (from_account, proposed_sequence);
CREATE INDEX transfers_by_to_account ON transfers (to_account, proposed_sequence);

-- Trusted accounts of each account: PROPOSED, APPROVED (waiting for its effective time) or ACTIVE.
-- A removed entry is deleted.
CREATE TABLE trusted_accounts (
    account_id          VARCHAR(100) NOT NULL,
    trusted_account_id  VARCHAR(100) NOT NULL,
    state               VARCHAR(20)  NOT NULL,
    proposed_by         VARCHAR(200) NOT NULL,
    approved_by         VARCHAR(200),
    effective_at_millis BIGINT,
    updated_sequence    BIGINT       NOT NULL,
    PRIMARY KEY (account_id, trusted_account_id)
);

-- Every version of every rule parameter with its legal basis.
CREATE TABLE rule_versions (
    rule_id        VARCHAR(100) NOT NULL,
    version        BIGINT       NOT NULL,
    rule_value     BIGINT       NOT NULL,
    effective_from DATE         NOT NULL,
    document       VARCHAR(400),
    article        VARCHAR(200),
    amended_by     VARCHAR(200) NOT NULL,
    sequence       BIGINT       NOT NULL,
    PRIMARY KEY (rule_id, version)
);

-- Retirements, with the beneficiary and reason the public register shows.
CREATE TABLE retirements (
    sequence           BIGINT        NOT NULL,
    event_index        INTEGER       NOT NULL,
    account_id         VARCHAR(100)  NOT NULL,
    unit               VARCHAR(100)  NOT NULL,
    quantity_tonnes    BIGINT        NOT NULL,
    beneficiary        VARCHAR(400),
    reason             VARCHAR(1000),
    serial_blocks      JSONB         NOT NULL,
    retired_at_millis  BIGINT        NOT NULL,
    PRIMARY KEY (sequence, event_index)
);
CREATE INDEX retirements_by_account ON retirements (account_id, sequence);
