package org.openets.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.openets.clearing.FundsDeposited;
import org.openets.clearing.FundsWithdrawn;
import org.openets.exchange.InstrumentHaltSet;
import org.openets.exchange.InstrumentListed;
import org.openets.exchange.TradingAccountRegistered;
import org.openets.exchange.TradingDayClosed;
import org.openets.rulebook.Rulebook;

/**
 * The projections of the exchange and clearing into their tables (migration V4). Rare events (listings, halts,
 * admissions, the daily close, deposits and withdrawals) take one statement each; orders, trades, K-lines and
 * daily funds changes, which a busy market produces by the hundred thousand, are folded per batch by
 * {@link ExchangeFold}. Funds balances are summed by the {@link Projector} itself, like holdings.
 */
public final class ExchangeProjections {

    private ExchangeProjections() {
    }

    /** The per-event projections. */
    public static List<EventProjection<?>> all() {
        return List.of(
                EventProjection.of(InstrumentListed.class, ExchangeProjections::instrumentListed),
                EventProjection.of(InstrumentHaltSet.class, (e, sql) -> sql.add("UPDATE instruments SET halted = ?,"
                        + " halt_reason = ?, updated_sequence = ? WHERE symbol = ?", e.event().halted(),
                        e.event().halted() ? e.event().reason() : null, e.sequence(), e.event().symbol())),
                EventProjection.of(TradingAccountRegistered.class, (e, sql) -> sql.add("INSERT INTO trading_accounts"
                        + " (account_id, member_id, owner_id, registered_sequence) VALUES (?, ?, ?, ?)",
                        e.event().accountId(), e.event().memberId(), e.event().ownerId(), e.sequence())),
                EventProjection.of(TradingDayClosed.class, ExchangeProjections::tradingDayClosed),
                EventProjection.of(FundsDeposited.class, (e, sql) -> fundsTransfer(e, sql, "DEPOSIT",
                        e.event().accountId(), e.event().amountFen(), e.event().reference())),
                EventProjection.of(FundsWithdrawn.class, (e, sql) -> fundsTransfer(e, sql, "WITHDRAWAL",
                        e.event().accountId(), e.event().amountFen(), e.event().reference())));
    }

    /** The projections folded per batch. */
    public static List<BatchProjection> folded() {
        return List.of(ExchangeFold::new);
    }

    static LocalDate tradingDate(long epochMillis) {
        return LocalDate.ofEpochDay(Rulebook.epochDay(epochMillis));
    }

    private static void instrumentListed(ProjectedEvent<InstrumentListed> e, SqlBatch sql) throws SQLException {
        InstrumentListed listed = e.event();
        sql.add("INSERT INTO instruments (symbol, unit, reference_price_fen, lot_tonnes, max_order_tonnes, halted,"
                + " listed_at_millis, listed_sequence, updated_sequence) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?)",
                listed.symbol(), listed.unit(), listed.referencePriceFen(), listed.lotTonnes(),
                listed.maxOrderTonnes(), e.timestampMillis(), e.sequence(), e.sequence());
    }

    private static void tradingDayClosed(ProjectedEvent<TradingDayClosed> e, SqlBatch sql) throws SQLException {
        TradingDayClosed day = e.event();
        sql.add("INSERT INTO daily_statistics (symbol, trading_date, open_fen, high_fen, low_fen, close_fen, volume,"
                + " turnover_fen, vwap_fen, trades, block_volume, block_turnover_fen, sequence)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", day.symbol(), LocalDate.ofEpochDay(day.epochDay()),
                day.openFen(), day.highFen(), day.lowFen(), day.closeFen(), day.volume(), day.turnoverFen(),
                day.vwapFen(), day.trades(), day.blockVolume(), day.blockTurnoverFen(), e.sequence());
        // The close is the next day's reference price (DOMAIN §2).
        sql.add("UPDATE instruments SET reference_price_fen = ?, updated_sequence = ? WHERE symbol = ?",
                day.closeFen(), e.sequence(), day.symbol());
    }

    private static void fundsTransfer(ProjectedEvent<?> e, SqlBatch sql, String kind, String accountId,
                                      long amountFen, String reference) throws SQLException {
        sql.add("INSERT INTO funds_transfers (sequence, event_index, account_id, kind, amount_fen, reference,"
                + " occurred_at_millis, trading_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e.sequence(), e.index(),
                accountId, kind, amountFen, reference, e.timestampMillis(), tradingDate(e.timestampMillis()));
    }
}
