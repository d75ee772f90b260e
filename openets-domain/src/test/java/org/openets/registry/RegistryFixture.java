package org.openets.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.core.Rejection;
import org.openets.core.Tick;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * A running engine with a small market: the unified-market authority {@code reg-cy}, Sichuan's regulator
 * {@code reg-sc}; a Chengdu cement plant (holder {@code H1}) with entity account {@code ENT-1} (representatives
 * alice and bob) and member trading account {@code MEM-1} (alice), each holding 1,000,000 SCEA-2025; a
 * Chongqing firm (holder {@code H2}) with {@code ENT-2} and {@code CLI-2} (carol). The clock starts on
 * Tuesday 2025-03-04 at 10:30 CST and moves only when a test moves it.
 */
public final class RegistryFixture {

    public static final String UNIT = "SCEA-2025";

    public final Engine engine = StandardEngine.create();
    private long now;
    private int keys;

    private RegistryFixture() {
        at(LocalDateTime.of(2025, 3, 4, 10, 30));
    }

    public static RegistryFixture empty() {
        return new RegistryFixture();
    }

    public static RegistryFixture chengduAndChongqing() {
        RegistryFixture f = new RegistryFixture();
        f.ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("reg-cy", Role.REGULATOR, "CY"));
        f.ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        for (String rep : List.of("alice", "bob", "carol")) {
            f.ok(Rulebook.SYSTEM_ACTOR, new RegisterActor(rep, Role.REPRESENTATIVE, "SC"));
        }
        f.open("ENT-1", AccountType.ENTITY_HOLDING, "SC", "H1", "alice", "bob");
        f.open("MEM-1", AccountType.MEMBER_TRADING, "SC", "H1", "alice");
        f.open("ENT-2", AccountType.ENTITY_HOLDING, "CQ", "H2", "carol");
        f.open("CLI-2", AccountType.CLIENT, "CQ", "H2", "carol");
        f.ok("reg-sc", new IssueUnits("ENT-1", UNIT, 1_000_000));
        f.ok("reg-sc", new IssueUnits("MEM-1", UNIT, 1_000_000));
        return f;
    }

    public void open(String accountId, AccountType type, String jurisdiction, String holder, String... reps) {
        ok(Rulebook.SYSTEM_ACTOR, new OpenAccount(accountId, type, jurisdiction, holder, "Holder " + holder));
        for (String rep : reps) {
            ok(Rulebook.SYSTEM_ACTOR, new AddRepresentative(accountId, rep));
        }
    }

    /** Every event accepted so far, in order. */
    private final List<Event> history = new java.util.ArrayList<>();

    public void at(LocalDateTime chinaTime) {
        now = MarketTime.epochMillis(chinaTime);
    }

    public long now() {
        return now;
    }

    public Outcome apply(String actor, Command command) {
        Outcome outcome = engine.apply(now, new Envelope("key-" + (++keys), actor, "test", command));
        if (outcome instanceof Outcome.Accepted accepted) {
            history.addAll(accepted.events());
        }
        return outcome;
    }

    public List<Event> ok(String actor, Command command) {
        Outcome outcome = apply(actor, command);
        assertThat(outcome).as("%s by %s", command, actor).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).events();
    }

    public Rejection rejected(String actor, Command command) {
        Outcome outcome = apply(actor, command);
        assertThat(outcome).as("%s by %s", command, actor).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected) outcome).rejection();
    }

    /** Moves the clock to {@code chinaTime} and ticks if anything is due. */
    public List<Event> tickAt(LocalDateTime chinaTime) {
        at(chinaTime);
        Outcome outcome = apply(Rulebook.SYSTEM_ACTOR, new Tick());
        return outcome instanceof Outcome.Accepted accepted ? accepted.events() : List.of();
    }

    public Registry registry() {
        return engine.context(Registry.class);
    }

    public Rulebook rulebook() {
        return engine.context(Rulebook.class);
    }

    /** An open transfer's state from the registry; a finished one's from the events that finished it. */
    public TransferState stateOf(String transferId) {
        TransferView open = registry().transfer(transferId);
        if (open != null) {
            return open.state();
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Event e = history.get(i);
            if (e instanceof TransferCompleted c && c.transferId().equals(transferId)
                    || e instanceof TransferExecuted x && x.transferId().equals(transferId)) {
                return TransferState.COMPLETED;
            }
            if (e instanceof TransferCancelled c && c.transferId().equals(transferId)) {
                return TransferState.CANCELLED;
            }
        }
        throw new AssertionError("no transfer " + transferId);
    }
}
