package org.openets.bench;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.openets.core.Envelope;
import org.openets.core.MarketTime;

/**
 * One named step of the compliance-year benchmark: its commands in steps, each step at a time on the bench's
 * clock, generated before the phase's clock starts from the workload and what the engine holds by then. Phases
 * run in list order, each after the previous one is durable; {@code inYear} phases count towards the year's time,
 * the others (the set-up of actors, accounts and entities) are reported on their own.
 */
public record CyclePhase(String name, boolean inYear, boolean planned, Function<CycleYear, List<Step>> steps) {

    /** A phase whose commands depend on what the engine holds when it starts. */
    public CyclePhase(String name, boolean inYear, Function<CycleYear, List<Step>> steps) {
        this(name, inYear, false, steps);
    }

    /** Commands submitted with the clock standing at {@code atMillis}; anything due by then is ticked first. */
    public record Step(long atMillis, List<Envelope> commands) {
        public static Step at(LocalDateTime chinaTime, List<Envelope> commands) {
            return new Step(MarketTime.epochMillis(chinaTime), commands);
        }
    }

    /**
     * A phase of one step at {@code chinaTime} whose commands the workload knows in advance (the entities prepare
     * their reports, the verifier its opinions outside the system), so they are generated before the year starts.
     */
    public static CyclePhase at(String name, boolean inYear, LocalDateTime chinaTime,
                                Function<CycleWorkload, List<Envelope>> commands) {
        return new CyclePhase(name, inYear, true,
                year -> List.of(Step.at(chinaTime, commands.apply(year.workload()))));
    }

    /**
     * The compliance year of {@link CycleWorkload#YEAR} as a real one runs: entities set up and the year allocated
     * in June of the year; reports confirmed in March of the next; true-up in June, the auction, surrenders in
     * September, the December trading that prices fines, the close after 31 December and the fines in January.
     */
    public static List<CyclePhase> standard() {
        LocalDateTime reporting = MarketTime.localDateTime(CycleWorkload.START_MILLIS);
        return List.of(
                at("setup", false, CycleYear.SETUP, CycleWorkload::setUp),
                new CyclePhase("allocate", true, CycleYear::allocate),
                at("reports", true, reporting, CycleWorkload::reports),
                at("submit", true, reporting, CycleWorkload::submissions),
                at("verify", true, reporting, CycleWorkload::verifications),
                at("confirm", true, reporting, CycleWorkload::confirmations),
                new CyclePhase("true-up", true, CycleYear::trueUp),
                new CyclePhase("auction", true, CycleYear::auction),
                new CyclePhase("surrender", true, CycleYear::surrender),
                new CyclePhase("market", true, CycleYear::market),
                new CyclePhase("close", true, CycleYear::close),
                new CyclePhase("fines", true, CycleYear::fines));
    }
}
