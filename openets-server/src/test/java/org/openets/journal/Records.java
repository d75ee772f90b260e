package org.openets.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test records whose content is a function of the sequence, 150 to 250 bytes of payload. */
final class Records {

    private Records() {
    }

    static JournalRecord record(long sequence) {
        SplittableRandom random = new SplittableRandom(sequence);
        byte[] payload = new byte[150 + random.nextInt(101)];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) random.nextInt(256);
        }
        return JournalRecord.unsealed(sequence, 1_700_000_000_000L + sequence * 7, 1 + (int) (sequence % 40), payload);
    }

    static List<JournalRecord> batch(long firstSequence, int count) {
        List<JournalRecord> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(record(firstSequence + i));
        }
        return batch;
    }
}
