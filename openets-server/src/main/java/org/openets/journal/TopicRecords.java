package org.openets.journal;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * How journal records sit in a Kafka topic: one message per record at offset {@code sequence - 1}, the key the
 * 8-byte big-endian sequence, the value the record exactly as the file journal stores it ({@link RecordFormat}:
 * magic, length, sequence, timestamp, command type, payload, previous hash, CRC). The chain hash is the SHA-256
 * of the value, so the same records give the same hashes in either journal.
 */
final class TopicRecords {

    private final String location;
    private final MessageDigest digest = RecordFormat.sha256();
    private final CRC32C crc = new CRC32C();

    /** {@code location} names the topic partition in corruption reports. */
    TopicRecords(String location) {
        this.location = location;
    }

    static byte[] key(long sequence) {
        byte[] key = new byte[8];
        RecordFormat.putLong(key, 0, sequence);
        return key;
    }

    /** The message value of {@code record} linked to {@code previousHash}. */
    byte[] encode(JournalRecord record, byte[] previousHash) {
        byte[] value = new byte[RecordFormat.recordBytes(record.payload().length)];
        RecordFormat.encode(value, 0, record, previousHash, crc);
        return value;
    }

    byte[] hash(byte[] value) {
        return digest.digest(value);
    }

    /**
     * Checks that {@code message} is the intact record {@code expected}, stored where it belongs and linked to
     * {@code previousHash}, and returns it sealed with its own hash.
     */
    JournalRecord verify(ConsumerRecord<byte[], byte[]> message, long expected, byte[] previousHash)
            throws JournalCorruptedException {
        byte[] value = checkedValue(message, expected);
        long sequence = RecordFormat.getLong(value, 8);
        if (sequence != expected || !Arrays.equals(message.key(), key(sequence))) {
            throw damage(expected, message, "found sequence " + sequence + " where " + expected + " belongs");
        }
        int n = value.length - RecordFormat.OVERHEAD_BYTES;
        if (!RecordFormat.previousHashMatches(value, 0, n, previousHash)) {
            throw damage(expected, message, "hash chain broken: the stored previous-record hash does not match record "
                    + (expected - 1) + " (one of the two was altered)");
        }
        byte[] payload = Arrays.copyOfRange(value, RecordFormat.HEADER_BYTES, RecordFormat.HEADER_BYTES + n);
        return new JournalRecord(sequence, RecordFormat.getLong(value, 16), RecordFormat.getInt(value, 24), payload,
                hash(value));
    }

    /** The hash of the intact record {@code expected}, without checking its link: a cursor's anchor. */
    byte[] anchor(ConsumerRecord<byte[], byte[]> message, long expected) throws JournalCorruptedException {
        byte[] value = checkedValue(message, expected);
        if (RecordFormat.getLong(value, 8) != expected) {
            throw damage(expected, message, "found sequence " + RecordFormat.getLong(value, 8) + " where " + expected
                    + " belongs");
        }
        return hash(value);
    }

    private byte[] checkedValue(ConsumerRecord<byte[], byte[]> message, long expected)
            throws JournalCorruptedException {
        if (message.offset() != expected - 1) {
            throw damage(expected, message, "record at offset " + message.offset() + " where sequence " + expected
                    + " belongs at offset " + (expected - 1) + ": the topic holds something that is not a record");
        }
        byte[] value = message.value();
        if (value == null || value.length < RecordFormat.OVERHEAD_BYTES) {
            throw damage(expected, message, "value of " + (value == null ? "null" : value.length + " bytes")
                    + " is shorter than any record");
        }
        if (RecordFormat.getInt(value, 0) != RecordFormat.MAGIC) {
            throw damage(expected, message, "bad magic number");
        }
        int n = value.length - RecordFormat.OVERHEAD_BYTES;
        if (RecordFormat.getInt(value, 4) != n) {
            throw damage(expected, message, "payload length field " + RecordFormat.getInt(value, 4)
                    + " does not match the " + n + " payload bytes present");
        }
        if (!RecordFormat.crcMatches(value, 0, n, crc)) {
            throw damage(expected, message, "CRC mismatch");
        }
        return value;
    }

    JournalCorruptedException damage(long expected, ConsumerRecord<byte[], byte[]> message, String reason) {
        return new JournalCorruptedException(expected, location, message.offset(), reason);
    }
}
