package org.openets.runtime;

/** Counters of the pipeline since start, for metrics and benchmarks. */
public record RunnerStats(long accepted, long rejected, long duplicates, long journalWrites, long durableSequence,
                          long snapshots) {
}
