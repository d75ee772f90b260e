package org.openets.journal;

import java.util.List;

/** The contract checks every {@link Journal} applies to appends and reads, whatever it stores records in. */
final class Appends {

    private Appends() {
    }

    /**
     * Checks that {@code batch} continues {@code lastSequence} without gaps and that no payload is too large;
     * returns the batch's size in the record format's bytes. A breach is a caller's bug, not user input.
     */
    static long checkBatch(List<JournalRecord> batch, long lastSequence) {
        long bytes = 0;
        long next = lastSequence + 1;
        for (JournalRecord record : batch) {
            if (record.sequence() != next) {
                throw new IllegalArgumentException("sequence " + record.sequence() + " appended where " + next
                        + " must come next");
            }
            int n = record.payload().length;
            if (n > RecordFormat.MAX_PAYLOAD_BYTES) {
                throw new IllegalArgumentException("payload of sequence " + next + " is " + n + " bytes, over "
                        + RecordFormat.MAX_PAYLOAD_BYTES);
            }
            bytes += RecordFormat.recordBytes(n);
            next++;
        }
        return bytes;
    }

    /** Reads may start anywhere from the first record to just past the head. */
    static void checkReadFrom(long fromSequence, long head) {
        if (fromSequence < 1 || fromSequence > head + 1) {
            throw new IllegalArgumentException("cannot read from sequence " + fromSequence + ": the journal holds 1.."
                    + head);
        }
    }
}
