package org.openets.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openets.clearing.Clearing;
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
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.registry.Registry;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * An engine with a small listed market in {@value #SYMBOL} (reference 62.36, the DOMAIN §2 example): members
 * {@code m1} and {@code m2}; trading accounts {@code A} (holder HA, via m1), {@code B} (HB, via m1), {@code C}
 * (HC, via m2) and {@code D} (HA again, via m2: same beneficial owner as A), each with CNY 10,000,000 and
 * 100,000 t in its trading position. The clock starts on Monday 2026-11-30 at 10:00 CST, in continuous
 * trading, and moves only when a test moves it. Every accepted envelope is kept for replay.
 */
final class ExchangeFixture {

    static final String SYMBOL = "SCEA-2025";
    static final long REFERENCE = 6_236;
    static final long FUNDS = 1_000_000_000L;
    static final long UNITS = 100_000;

    final Engine engine = StandardEngine.create();
    final List<long[]> times = new ArrayList<>();
    final List<Envelope> accepted = new ArrayList<>();
    final List<Event> history = new ArrayList<>();
    private long now;
    private int keys;

    static ExchangeFixture market() {
        ExchangeFixture f = new ExchangeFixture();
        f.at(LocalDateTime.of(2026, 11, 30, 10, 0));
        String system = Rulebook.SYSTEM_ACTOR;
        f.ok(system, new RegisterActor("reg-cy", Role.REGULATOR, "CY"));
        f.ok(system, new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        f.ok(system, new RegisterActor("m1", Role.MEMBER, "CY"));
        f.ok(system, new RegisterActor("m2", Role.MEMBER, "CY"));
        f.ok(system, new RegisterActor("alice", Role.REPRESENTATIVE, "SC"));
        f.ok(system, new ListInstrument(SYMBOL, SYMBOL, REFERENCE, 1, 0));
        f.trader("A", "HA", "m1");
        f.trader("B", "HB", "m1");
        f.trader("C", "HC", "m2");
        f.trader("D", "HA", "m2");
        return f;
    }

    void trader(String account, String holder, String member) {
        String system = Rulebook.SYSTEM_ACTOR;
        ok(system, new OpenAccount(account, AccountType.CLIENT, "SC", holder, "Holder " + holder));
        ok(system, new AddRepresentative(account, "alice"));
        ok(system, new RegisterTradingAccount(account, member));
        ok(system, new DepositFunds(account, FUNDS, "bank-" + account));
        ok("reg-sc", new IssueUnits(account, SYMBOL, UNITS));
        ok("alice", new MoveUnitsToTrading(account, SYMBOL, UNITS));
    }

    static String memberOf(String account) {
        return account.equals("A") || account.equals("B") ? "m1" : "m2";
    }

    void at(LocalDateTime chinaTime) {
        now = MarketTime.epochMillis(chinaTime);
    }

    long now() {
        return now;
    }

    Outcome apply(String actor, Command command) {
        Envelope envelope = new Envelope("key-" + (++keys), actor, "test", command);
        Outcome outcome = engine.apply(now, envelope);
        if (outcome instanceof Outcome.Accepted a) {
            accepted.add(envelope);
            times.add(new long[] {now});
            history.addAll(a.events());
        }
        return outcome;
    }

    List<Event> ok(String actor, Command command) {
        Outcome outcome = apply(actor, command);
        assertThat(outcome).as("%s by %s", command, actor).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).events();
    }

    /** Asserts the command is rejected, naming {@code ruleId}, and that nothing changed. */
    Rejection rejected(String actor, Command command, String ruleId) {
        String before = hash();
        Outcome outcome = apply(actor, command);
        assertThat(outcome).as("%s by %s", command, actor).isInstanceOf(Outcome.Rejected.class);
        Rejection rejection = ((Outcome.Rejected) outcome).rejection();
        assertThat(rejection.rule()).as(rejection.message()).isEqualTo(ruleId);
        assertThat(hash()).as("state after a rejection").isEqualTo(before);
        return rejection;
    }

    List<Event> buy(String orderId, String account, long price, long quantity, TimeInForce tif) {
        return ok(memberOf(account), new PlaceOrder(orderId, account, SYMBOL, Side.BUY, OrderType.LIMIT, tif, price,
                quantity));
    }

    List<Event> sell(String orderId, String account, long price, long quantity, TimeInForce tif) {
        return ok(memberOf(account), new PlaceOrder(orderId, account, SYMBOL, Side.SELL, OrderType.LIMIT, tif, price,
                quantity));
    }

    List<Event> buy(String orderId, String account, long price, long quantity) {
        return buy(orderId, account, price, quantity, TimeInForce.GTC);
    }

    List<Event> sell(String orderId, String account, long price, long quantity) {
        return sell(orderId, account, price, quantity, TimeInForce.GTC);
    }

    /** Moves the clock and ticks if anything is due; returns the tick's events. */
    List<Event> tickAt(LocalDateTime chinaTime) {
        at(chinaTime);
        Outcome outcome = apply(Rulebook.SYSTEM_ACTOR, new Tick());
        return outcome instanceof Outcome.Accepted a ? a.events() : List.of();
    }

    Exchange exchange() {
        return engine.context(Exchange.class);
    }

    Clearing clearing() {
        return engine.context(Clearing.class);
    }

    Depth depth() {
        return exchange().depth(SYMBOL, 100);
    }

    long units(String account) {
        return engine.context(Registry.class).balance(account, SYMBOL, Position.TRADING);
    }

    long available(String account) {
        return clearing().account(account).availableFen();
    }

    long reserved(String account) {
        return clearing().account(account).reservedFen();
    }

    String hash() {
        return StateHasher.hex(engine.stateHash());
    }

    static <T extends Event> List<T> only(List<Event> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Applies every accepted envelope, at its time, to a fresh engine and returns that engine's state hash. */
    String replayedHash() {
        Engine fresh = StandardEngine.create();
        for (int i = 0; i < accepted.size(); i++) {
            assertThat(fresh.apply(times.get(i)[0], accepted.get(i))).isInstanceOf(Outcome.Accepted.class);
        }
        return StateHasher.hex(fresh.stateHash());
    }
}
