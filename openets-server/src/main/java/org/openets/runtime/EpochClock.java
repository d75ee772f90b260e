package org.openets.runtime;

/** Where the sequencer gets the time it stamps on commands. The engine itself never reads a clock. */
@FunctionalInterface
public interface EpochClock {

    long millis();

    static EpochClock system() {
        return System::currentTimeMillis;
    }
}
