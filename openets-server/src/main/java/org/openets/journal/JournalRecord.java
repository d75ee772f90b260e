package org.openets.journal;

/**
 * One sequenced command as stored: its sequence number, the sequencer's timestamp, the command's catalog
 * code and the encoded {@code JournalEntry}. {@code hash} is the SHA-256 of this record, chaining it to
 * the one before; it is filled in by the journal on append and checked on read.
 */
public record JournalRecord(long sequence, long timestampMillis, int commandType, byte[] payload, byte[] hash) {

    /** A record not yet appended: the journal computes its hash. */
    public static JournalRecord unsealed(long sequence, long timestampMillis, int commandType, byte[] payload) {
        return new JournalRecord(sequence, timestampMillis, commandType, payload, null);
    }
}
