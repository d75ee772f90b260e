package org.openets.bench;

import java.util.List;
import java.util.function.Function;
import org.openets.core.Envelope;

/**
 * One named step of the compliance-year benchmark: the commands it submits, generated before its clock starts.
 * Phases run in list order, each after the previous one is durable; {@code inYear} phases count towards the
 * year's time, the others (the set-up of actors, accounts and entities) are reported on their own.
 */
public record CyclePhase(String name, boolean inYear, Function<CycleWorkload, List<Envelope>> commands) {

    /** The year as far as the engine has it: MRV from drafts to confirmation. */
    public static List<CyclePhase> standard() {
        return List.of(
                new CyclePhase("setup", false, CycleWorkload::setUp),
                new CyclePhase("reports", true, CycleWorkload::reports),
                new CyclePhase("submit", true, CycleWorkload::submissions),
                new CyclePhase("verify", true, CycleWorkload::verifications),
                new CyclePhase("confirm", true, CycleWorkload::confirmations));
    }
}
