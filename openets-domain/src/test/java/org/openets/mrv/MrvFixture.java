package org.openets.mrv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * An engine with MRV actors: regulators {@code reg-sc} and {@code reg-cq}, representative {@code rep} (of both
 * entities' holding accounts {@code HA-SC} and {@code HA-CQ}), representative {@code rep-other} of no entity, verifier
 * {@code ver} and member {@code m1}; entities {@code E-SC} (cement, Sichuan) and {@code E-CQ} (cement, Chongqing).
 * The clock starts on 2024-03-15 10:00 CST, before the 2023 reports fall due. Accepted envelopes are kept for replay.
 */
final class MrvFixture {

    static final String SC_CODE = "91350100M000100Y43";
    static final String CQ_CODE = "91500000202800006F";

    final Engine engine = StandardEngine.create();
    final List<Long> times = new ArrayList<>();
    final List<Envelope> accepted = new ArrayList<>();
    private long now;
    private int keys;

    static MrvFixture withEntities() {
        MrvFixture f = new MrvFixture();
        f.at(LocalDateTime.of(2024, 3, 15, 10, 0));
        String system = Rulebook.SYSTEM_ACTOR;
        f.ok(system, new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        f.ok(system, new RegisterActor("reg-cq", Role.REGULATOR, "CQ"));
        f.ok(system, new RegisterActor("rep", Role.REPRESENTATIVE, "SC"));
        f.ok(system, new RegisterActor("ver", Role.VERIFIER, "SC"));
        f.ok(system, new RegisterActor("m1", Role.MEMBER, "CY"));
        f.ok(system, new RegisterActor("rep-other", Role.REPRESENTATIVE, "SC"));
        f.holdingAccount("HA-SC", "SC", "rep");
        f.holdingAccount("HA-CQ", "CQ", "rep");
        f.ok("reg-sc", new RegisterEntity("E-SC", "Sichuan Cement", SC_CODE, "SC", Sector.CEMENT, "HA-SC"));
        f.ok("reg-cq", new RegisterEntity("E-CQ", "Chongqing Cement", CQ_CODE, "CQ", Sector.CEMENT, "HA-CQ"));
        return f;
    }

    /** Opens an entity holding account in the registry with its representatives, as the operator. */
    void holdingAccount(String accountId, String jurisdiction, String... representatives) {
        ok(Rulebook.SYSTEM_ACTOR, new OpenAccount(accountId, AccountType.ENTITY_HOLDING, jurisdiction,
                "holder-" + accountId, "Holder of " + accountId));
        for (String representative : representatives) {
            ok(Rulebook.SYSTEM_ACTOR, new AddRepresentative(accountId, representative));
        }
    }

    /** DOMAIN §6 worked example boiler: 9,000 t coal, NCV 20.908, CC 0.02618 (or not measured), OF 0.99. */
    static ActivityLine boiler(String carbonContent) {
        return ActivityLine.combustion("boiler", FactorLibrary.COAL, "9000", "20.908", carbonContent, "0.99");
    }

    /** The worked example's 2,000 MWh bought, metered in {@code grid}. */
    static ActivityLine power(String grid) {
        return ActivityLine.electricity("grid", grid, "2000");
    }

    void at(LocalDateTime chinaTime) {
        now = MarketTime.epochMillis(chinaTime);
    }

    Outcome apply(String actor, Command command) {
        Envelope envelope = new Envelope("key-" + (++keys), actor, "test", command);
        Outcome outcome = engine.apply(now, envelope);
        if (outcome instanceof Outcome.Accepted) {
            accepted.add(envelope);
            times.add(now);
        }
        return outcome;
    }

    List<Event> ok(String actor, Command command) {
        Outcome outcome = apply(actor, command);
        assertThat(outcome).as("%s by %s", command, actor).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).events();
    }

    /** The single event of type {@code type} the command emitted. */
    <E extends Event> E only(Class<E> type, String actor, Command command) {
        List<Event> events = ok(actor, command).stream().filter(type::isInstance).toList();
        assertThat(events).hasSize(1);
        return type.cast(events.get(0));
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

    Mrv mrv() {
        return engine.context(Mrv.class);
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
