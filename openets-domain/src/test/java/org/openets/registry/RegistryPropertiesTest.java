package org.openets.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Outcome;
import org.openets.core.Position;
import org.openets.core.Tick;
import org.openets.engine.Engine;
import org.openets.engine.JournalEntry;
import org.openets.engine.StandardEngine;
import org.openets.rulebook.AmendRule;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.RegisterJurisdiction;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * Invariants over random command histories: units conserved per unit code (only issuance adds; cancel and
 * retire move units to end positions), no negative holding, serial blocks disjoint and covering every issued
 * serial, the movements in the events equal the holdings, idempotent retries, and replay and snapshot give
 * the same state hash. The market includes a jurisdiction registered after genesis (GZ), and histories
 * register more and amend its transfer limit.
 */
class RegistryPropertiesTest {

    private static final String[] ACCOUNTS = {"ENT-1", "MEM-1", "ENT-2", "CLI-2", "GZ-1"};
    private static final String[] ACTORS = {"alice", "bob", "carol", "reg-sc", "reg-cy", "reg-gz", "system"};
    private static final String[] UNITS = {"SCEA-2025", "CCER-2024-P1", "GZEA-2025"};

    record Step(int kind, int a, int b, int actor, long quantity, int minutes) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 6), Arbitraries.longs().between(-5, 400_000),
                Arbitraries.integers().between(0, 2_000)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    private record Applied(long sequence, long timestamp, Envelope envelope, List<Event> events) {
    }

    /** Chengdu and Chongqing, plus Guizhou (GZ) registered later, with account GZ-1 holding GZEA-2025. */
    private static RegistryFixture market() {
        RegistryFixture f = RegistryFixture.chengduAndChongqing();
        f.ok("reg-cy", new IssueUnits("CLI-2", "CCER-2024-P1", 500_000));
        f.ok(Rulebook.SYSTEM_ACTOR, new RegisterJurisdiction("GZ", "Guizhou", false));
        f.ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("reg-gz", Role.REGULATOR, "GZ"));
        f.open("GZ-1", AccountType.ENTITY_HOLDING, "GZ", "H3", "carol");
        f.ok("reg-gz", new IssueUnits("GZ-1", "GZEA-2025", 800_000));
        return f;
    }

    private Command commandOf(Step s, int index, LocalDateTime time) {
        String a = ACCOUNTS[s.a()];
        String b = ACCOUNTS[s.b()];
        String unit = UNITS[s.b() % UNITS.length];
        String id = "X" + (index % 7);
        switch (s.kind()) {
            case 0: return new IssueUnits(a, unit, s.quantity());
            case 1: case 2: case 3: return new ProposeTransfer("T" + index, a, b, unit, s.quantity());
            case 4: return new ApproveTransfer("T" + (index - 1 - s.b()));
            case 5: return new CancelTransfer("T" + (index - 1 - s.b()));
            case 6: return new SurrenderUnits(a, unit, s.quantity(), 2025);
            case 7: return new RetireUnits(a, unit, s.quantity(), "beneficiary", "reason");
            case 8: return new CancelUnits(a, unit, s.quantity(), "voluntary");
            case 9: return new LockUnits(id, a, unit, s.quantity(), "lender");
            case 10: return s.b() < 2 ? new UnlockUnits(id) : new UnfreezeUnits(id);
            case 11: return new FreezeUnits(id, a, unit, s.quantity(), "investigation");
            case 12: return s.b() < 2 ? new FreezeAccount(a, "order") : new UnfreezeAccount(a, "lifted");
            case 14: return new RegisterJurisdiction("Q" + (char) ('A' + s.a()), "Region " + s.a(), s.b() == 4);
            case 15: return new AmendRule("REG-TRANSFER-LIMIT-GZ", s.quantity(), time.toLocalDate(), "GZ notice",
                    "Art 1");
            default: return new Tick();
        }
    }

    @Property(tries = 80)
    void every_history_keeps_the_registry_invariants(@ForAll("histories") List<Step> steps) {
        RegistryFixture f = market();
        long start = f.engine.lastSequence();
        Map<String, Long> baseline = balances(f.registry());
        Map<String, Long> movementSums = new HashMap<>();
        LocalDateTime time = LocalDateTime.of(2025, 3, 4, 10, 30);
        List<Applied> applied = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            time = time.plusMinutes(s.minutes());
            f.at(time);
            Envelope envelope = new Envelope("p" + i, ACTORS[s.actor()], "test", commandOf(s, i, time));
            Outcome outcome = f.engine.apply(f.now(), envelope);
            if (outcome instanceof Outcome.Accepted accepted) {
                applied.add(new Applied(accepted.sequence(), f.now(), envelope, accepted.events()));
                sumMovements(accepted.events(), movementSums);
            }
            checkInvariants(f.registry());
        }
        checkMovementsMatchHoldings(f.registry(), baseline, movementSums);
        checkIdempotency(f, applied);
        checkReplayAndSnapshot(f, start, applied);
    }

    private static void sumMovements(List<Event> events, Map<String, Long> sums) {
        for (Event event : events) {
            if (event instanceof MovesUnits moves) {
                long net = 0;
                for (Movement m : moves.movements()) {
                    sums.merge(m.accountId() + "/" + m.unit() + "/" + m.position(), m.deltaTonnes(), Long::sum);
                    net += m.deltaTonnes();
                }
                if (!(event instanceof UnitsIssued)) {
                    assertThat(net).as("net movement of %s", event).isZero();
                }
            }
        }
    }

    private static void checkInvariants(Registry registry) {
        for (String unit : registry.unitCodes()) {
            List<SerialBlock> all = new ArrayList<>();
            long total = 0;
            for (String account : ACCOUNTS) {
                for (Position position : Position.values()) {
                    long balance = registry.balance(account, unit, position);
                    assertThat(balance).isNotNegative();
                    List<SerialBlock> blocks = registry.blocks(account, unit, position);
                    assertThat(blocks.stream().mapToLong(SerialBlock::size).sum()).isEqualTo(balance);
                    all.addAll(blocks);
                    total += balance;
                }
            }
            assertThat(total).as("units of %s conserved", unit).isEqualTo(registry.issued(unit));
            all.sort(Comparator.comparingLong(SerialBlock::start));
            long expected = 1;
            for (SerialBlock block : all) {
                assertThat(block.start()).as("serials of %s neither overlap nor vanish", unit).isEqualTo(expected);
                expected = block.end() + 1;
            }
            assertThat(expected - 1).isEqualTo(registry.issued(unit));
        }
    }

    private static Map<String, Long> balances(Registry registry) {
        Map<String, Long> balances = new HashMap<>();
        for (String account : ACCOUNTS) {
            for (String unit : UNITS) {
                for (Position position : Position.values()) {
                    balances.put(account + "/" + unit + "/" + position, registry.balance(account, unit, position));
                }
            }
        }
        return balances;
    }

    /** What a read model gets by summing the events' movements equals the registry's own holdings. */
    private static void checkMovementsMatchHoldings(Registry registry, Map<String, Long> baseline,
                                                    Map<String, Long> sums) {
        balances(registry).forEach((key, balance) -> assertThat(balance).as(key)
                .isEqualTo(baseline.get(key) + sums.getOrDefault(key, 0L)));
    }

    private static void checkIdempotency(RegistryFixture f, List<Applied> applied) {
        if (applied.isEmpty()) {
            return;
        }
        Applied first = applied.get(0);
        byte[] before = f.engine.stateHash();
        Outcome again = f.engine.apply(f.now(), first.envelope());
        assertThat(again).isEqualTo(new Outcome.Duplicate(first.sequence()));
        assertThat(f.engine.stateHash()).isEqualTo(before);
    }

    private static void checkReplayAndSnapshot(RegistryFixture f, long start, List<Applied> applied) {
        // The fixture's set-up commands are replayed from a snapshot of a second, identically built fixture.
        RegistryFixture setUp = market();
        assertThat(setUp.engine.lastSequence()).isEqualTo(start);
        Engine replayed = StandardEngine.create().restore(setUp.engine.snapshot());
        for (Applied a : applied) {
            JournalEntry entry = JournalEntry.decode(replayed.codec(),
                    new JournalEntry(a.envelope(), a.events()).encode(f.engine.codec()));
            replayed.replay(a.sequence(), a.timestamp(), entry);
        }
        assertThat(replayed.stateHash()).isEqualTo(f.engine.stateHash());
        Engine restored = StandardEngine.create().restore(f.engine.snapshot());
        assertThat(restored.stateHash()).isEqualTo(f.engine.stateHash());
    }
}
