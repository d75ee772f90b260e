package org.openets.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.exchange.Exchange;

/** The seeded workload: a function of its settings, with the documented mix and no refused line. */
class WorkloadGeneratorTest {

    private static final WorkloadGenerator.Settings SETTINGS = new WorkloadGenerator.Settings(42, 20_000, 100, 2);

    @Test
    void the_same_settings_give_the_same_stream_and_another_seed_another() {
        Workload first = WorkloadGenerator.generate(SETTINGS);

        assertThat(WorkloadGenerator.generate(SETTINGS).orders()).isEqualTo(first.orders());
        assertThat(WorkloadGenerator.generate(new WorkloadGenerator.Settings(43, 20_000, 100, 2)).orders())
                .isNotEqualTo(first.orders());
    }

    @Test
    void every_line_is_accepted_the_mix_is_as_documented_and_the_book_stays_near_its_target_depth() {
        Workload workload = WorkloadGenerator.generate(SETTINGS);
        Engine engine = StandardEngine.create();
        MatchingSetUp.apply(MatchingSetUp.steps(workload), e -> engine.apply(MatchingSetUp.START_MILLIS, e));
        MatchingTally tally = MatchingTally.detailed(false);
        int key = 0;
        for (Workload.OrderLine line : workload.orders()) {
            Outcome outcome = engine.apply(MatchingSetUp.START_MILLIS,
                    new Envelope("k" + (++key), MatchingSetUp.MEMBER, "test", line.command()));
            tally.add(line, outcome);
        }

        assertThat(tally.rejectsByRule()).isEmpty();
        assertThat(tally.trades()).isPositive();
        long[] kinds = workload.countsByKind();
        double lines = workload.orders().size();
        // PLACE 60 % GTC + 10 % IOC, CANCEL 20 %, MOVE 5 %, REDUCE 5 %; fallbacks on an empty book add a little PLACE.
        assertThat(kinds[0] / lines).isCloseTo(0.70, within(0.02));
        assertThat(kinds[1] / lines).isCloseTo(0.05, within(0.01));
        assertThat(kinds[2] / lines).isCloseTo(0.05, within(0.01));
        assertThat(kinds[3] / lines).isCloseTo(0.20, within(0.02));
        int resting = engine.context(Exchange.class).openOrders(null).size();
        // Two instruments, each held near TARGET_DEPTH resting orders.
        assertThat(resting).isBetween(WorkloadGenerator.TARGET_DEPTH, 3 * WorkloadGenerator.TARGET_DEPTH);
    }
}
