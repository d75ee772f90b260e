package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openets.clearing.DepositFunds;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.core.Position;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;
import org.openets.core.Tick;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.exchange.ListInstrument;
import org.openets.exchange.MoveUnitsToTrading;
import org.openets.exchange.OrderType;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.RegisterTradingAccount;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import org.openets.mrv.ActivityLine;
import org.openets.mrv.ConfirmReport;
import org.openets.mrv.DraftReport;
import org.openets.mrv.RegisterEntity;
import org.openets.mrv.Sector;
import org.openets.mrv.SubmitReport;
import org.openets.mrv.UnifiedSocialCreditCode;
import org.openets.mrv.VerifyReport;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.registry.Registry;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * An engine for compliance: regulators {@code reg-sc}, {@code reg-cq} and {@code reg-cy} (the unified authority),
 * representative {@code rep} of the holding accounts {@code HA-SC}, {@code HA-SC2} and {@code HA-CQ}, verifier
 * {@code ver}, member {@code m1}; cement entities {@code E-SC} and {@code E-SC2} (Sichuan) and {@code E-CQ}
 * (Chongqing). The clock starts on Monday 2026-03-16 10:00 CST unless a start is given. The allocation side of decisions is recorded in
 * {@link #adjustments}. Accepted envelopes are kept for replay.
 */
final class ComplianceFixture {

    static final String SYSTEM = Rulebook.SYSTEM_ACTOR;
    static final long FUNDS = 10_000_000_000L;

    final RecordingAdjustments adjustments = new RecordingAdjustments();
    final Engine engine = StandardEngine.create();
    final List<Long> times = new ArrayList<>();
    final List<Envelope> accepted = new ArrayList<>();
    final List<Event> history = new ArrayList<>();
    /** The events of each accepted envelope, by its index in {@link #accepted}. */
    final List<List<Event>> eventsOf = new ArrayList<>();
    private long now;
    private int keys;
    private int reports;
    private int orders;

    static ComplianceFixture withEntities() {
        return withEntities(LocalDateTime.of(2026, 3, 16, 10, 0));
    }

    static ComplianceFixture withEntities(LocalDateTime start) {
        ComplianceFixture f = new ComplianceFixture();
        f.at(start);
        f.ok(SYSTEM, new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        f.ok(SYSTEM, new RegisterActor("reg-cq", Role.REGULATOR, "CQ"));
        f.ok(SYSTEM, new RegisterActor("reg-cy", Role.REGULATOR, "CY"));
        f.ok(SYSTEM, new RegisterActor("rep", Role.REPRESENTATIVE, "SC"));
        f.ok(SYSTEM, new RegisterActor("rep-other", Role.REPRESENTATIVE, "SC"));
        f.ok(SYSTEM, new RegisterActor("ver", Role.VERIFIER, "SC"));
        f.ok(SYSTEM, new RegisterActor("m1", Role.MEMBER, "CY"));
        f.entity("E-SC", "SC", "HA-SC", "91350100M000100Y43");
        f.entity("E-SC2", "SC", "HA-SC2", creditCode("91510100", "MA000002"));
        f.entity("E-CQ", "CQ", "HA-CQ", "91500000202800006F");
        return f;
    }

    /** A valid unified social credit code with the given division and organisation code (check characters found). */
    static String creditCode(String division, String organisation) {
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (char c16 : charset.toCharArray()) {
            for (char c17 : charset.toCharArray()) {
                String code = "91" + division.substring(2) + organisation + c16 + c17;
                if (UnifiedSocialCreditCode.problem(code).isEmpty()) {
                    return code;
                }
            }
        }
        throw new IllegalStateException("no valid code for " + organisation);
    }

    void entity(String entityId, String jurisdiction, String account, String creditCode) {
        ok(SYSTEM, new OpenAccount(account, AccountType.ENTITY_HOLDING, jurisdiction, "holder-" + account,
                "Holder of " + account));
        ok(SYSTEM, new AddRepresentative(account, "rep"));
        ok(regulatorOf(jurisdiction), new RegisterEntity(entityId, "Cement " + entityId, creditCode, jurisdiction,
                Sector.CEMENT, account));
    }

    static String regulatorOf(String jurisdiction) {
        return "reg-" + jurisdiction.toLowerCase();
    }

    /** Drafts, submits, verifies and confirms a report of {@code year} whose obligation is {@code tonnes}. */
    void confirmReport(String entityId, int year, long tonnes) {
        String reportId = "R-" + (++reports);
        String jurisdiction = entityId.equals("E-CQ") ? "CQ" : "SC";
        ok("rep", new DraftReport(reportId, entityId, year, "body-A",
                List.of(ActivityLine.process("kiln", "clinker", Long.toString(tonnes), "1")), null));
        ok("rep", new SubmitReport(reportId));
        ok("ver", new VerifyReport(reportId, "body-B", "", "checked on site"));
        ok(regulatorOf(jurisdiction), new ConfirmReport(reportId));
    }

    /** Issues units into an account, by the regulator of the unit's issuer. */
    void issue(String accountId, String unit, long quantity) {
        String issuer = unit.startsWith("CCER") ? "CY" : unit.contains("-SC-") ? "SC" : unit.substring(0, 2);
        ok(regulatorOf(issuer), new IssueUnits(accountId, unit, quantity));
    }

    /** Lists an instrument for {@code unit} under the same symbol. */
    void list(String unit, long referenceFen) {
        ok(SYSTEM, new ListInstrument(unit, unit, referenceFen, 1, 0));
    }

    /** Opens a client account (when not open), admits it to trading via m1 and funds it. */
    void trader(String accountId, boolean open) {
        if (open) {
            ok(SYSTEM, new OpenAccount(accountId, AccountType.CLIENT, "SC", "holder-" + accountId, "Trader"));
            ok(SYSTEM, new AddRepresentative(accountId, "rep"));
        }
        ok(SYSTEM, new RegisterTradingAccount(accountId, "m1"));
        ok(SYSTEM, new DepositFunds(accountId, FUNDS, "bank-" + accountId));
    }

    void toTrading(String accountId, String unit, long quantity) {
        ok("rep", new MoveUnitsToTrading(accountId, unit, quantity));
    }

    /** A listed trade: {@code seller} offers, {@code buyer} takes at the same price. */
    void trade(String seller, String buyer, String symbol, long priceFen, long quantity) {
        ok("m1", new PlaceOrder("o" + (++orders), seller, symbol, Side.SELL, OrderType.LIMIT, TimeInForce.DAY,
                priceFen, quantity));
        ok("m1", new PlaceOrder("o" + (++orders), buyer, symbol, Side.BUY, OrderType.LIMIT, TimeInForce.DAY,
                priceFen, quantity));
    }

    void at(LocalDateTime chinaTime) {
        now = MarketTime.epochMillis(chinaTime);
    }

    /** Moves the clock and ticks if anything fell due (day closes, sessions); returns the tick's events. */
    List<Event> tickAt(LocalDateTime chinaTime) {
        at(chinaTime);
        if (engine.nextDueAtMillis() > now) {
            return List.of();
        }
        return ok(SYSTEM, new Tick());
    }

    Outcome apply(String actor, Command command) {
        Envelope envelope = new Envelope("key-" + (++keys), actor, "test", command);
        Outcome outcome = engine.apply(now, envelope);
        if (outcome instanceof Outcome.Accepted a) {
            accepted.add(envelope);
            times.add(now);
            history.addAll(a.events());
            eventsOf.add(a.events());
            adjustments.record(a.events());
        }
        return outcome;
    }

    List<Event> ok(String actor, Command command) {
        Outcome outcome = apply(actor, command);
        assertThat(outcome).as("%s by %s", command, actor).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).events();
    }

    <E extends Event> E only(Class<E> type, String actor, Command command) {
        List<E> events = of(type, ok(actor, command));
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static <E extends Event> List<E> of(Class<E> type, List<Event> events) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Asserts the command is rejected, naming {@code ruleId}, and that nothing changed. */
    Rejection rejected(String actor, Command command, String ruleId) {
        String before = hash();
        int calls = adjustments.calls.size();
        Outcome outcome = apply(actor, command);
        assertThat(outcome).as("%s by %s", command, actor).isInstanceOf(Outcome.Rejected.class);
        Rejection rejection = ((Outcome.Rejected) outcome).rejection();
        assertThat(rejection.rule()).as(rejection.message()).isEqualTo(ruleId);
        assertThat(hash()).as("state after a rejection").isEqualTo(before);
        assertThat(adjustments.calls).hasSize(calls);
        return rejection;
    }

    Compliance compliance() {
        return engine.context(Compliance.class);
    }

    long balance(String accountId, String unit, Position position) {
        return engine.context(Registry.class).balance(accountId, unit, position);
    }

    static long epochDay(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay();
    }

    String hash() {
        return StateHasher.hex(engine.stateHash());
    }

    String replayedHash() {
        Engine fresh = StandardEngine.create();
        for (int i = 0; i < accepted.size(); i++) {
            assertThat(fresh.apply(times.get(i), accepted.get(i))).isInstanceOf(Outcome.Accepted.class);
        }
        return StateHasher.hex(fresh.stateHash());
    }
}
