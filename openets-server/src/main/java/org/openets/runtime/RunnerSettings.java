package org.openets.runtime;

/**
 * Tuning of the sequencer pipeline.
 *
 * @param ringSize           slots between the gateways and the engine thread (a power of two)
 * @param maxBatch           most commands the engine hands to the journal writer at once
 * @param writerQueueBatches batches that may wait for the writer before the engine thread waits
 * @param snapshotEvery      take a snapshot every this many sequences; 0 for never
 */
public record RunnerSettings(int ringSize, int maxBatch, int writerQueueBatches, long snapshotEvery) {

    public static RunnerSettings defaults() {
        return new RunnerSettings(1 << 16, 4096, 64, 1_000_000);
    }

    public RunnerSettings withSnapshotEvery(long every) {
        return new RunnerSettings(ringSize, maxBatch, writerQueueBatches, every);
    }
}
