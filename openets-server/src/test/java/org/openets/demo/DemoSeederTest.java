package org.openets.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.core.Position;
import org.openets.core.Tick;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.registry.Registry;

class DemoSeederTest {

    private final Engine engine = StandardEngine.create();
    private long now;

    private Engine seeded() {
        DemoSeeder seeder = new DemoSeeder(e -> engine.apply(now, e), t -> now = t, () -> {
            if (engine.nextDueAtMillis() <= now) {
                assertThat(engine.apply(now, new Envelope("tick-" + now, "system", "demo", new Tick())))
                        .isInstanceOf(Outcome.Accepted.class);
            }
        }, n -> { });
        seeder.seed();
        return engine;
    }

    @Test
    void the_demo_market_has_sixty_entities_with_their_allocation() {
        Registry registry = seeded().context(Registry.class);
        long entityAccounts = registry.accounts().stream().filter(a -> a.accountId().endsWith("-HOLD")).count();
        assertThat(entityAccounts).isGreaterThanOrEqualTo(60);
        DemoEntity first = DemoMarket.entities().get(0);
        Map<Position, Long> holding = registry.holdings(first.holdingAccount()).get(first.jurisdiction() + "EA-2025");
        assertThat(holding.values().stream().mapToLong(Long::longValue).sum()).isPositive();
    }

    @Test
    void the_demo_leaves_transfers_waiting_for_a_second_representative() {
        Registry registry = seeded().context(Registry.class);
        assertThat(registry.pendingTransfers()).extracting(t -> t.transferId()).contains("T-PENDING-1", "T-PENDING-2");
    }

    @Test
    void every_demo_run_builds_the_same_state() {
        byte[] first = seeded().stateHash();
        DemoSeederTest other = new DemoSeederTest();
        assertThat(other.seeded().stateHash()).isEqualTo(first);
    }
}
