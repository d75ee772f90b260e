package org.openets.journal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32C;

/**
 * The on-disk layout of one journal record, big-endian:
 *
 * <pre>
 * offset      size  field
 * 0           4     magic 0x4F45_5452 ("OETR")
 * 4           4     payload length n (0 .. {@link #MAX_PAYLOAD_BYTES})
 * 8           8     sequence
 * 16          8     timestamp, epoch milliseconds
 * 24          4     command type (catalog code)
 * 28          n     payload
 * 28+n        32    chain hash of the previous record (32 zero bytes before the first record)
 * 60+n        4     CRC32C of bytes [0, 60+n)
 * </pre>
 *
 * The record's chain hash is the SHA-256 of all its 64+n bytes exactly as stored, so it covers the previous
 * record's hash: changing any byte of any record changes every hash after it. The CRC finds torn and
 * damaged writes cheaply; the chain finds deliberate changes whose CRC was fixed up.
 */
final class RecordFormat {

    static final int MAGIC = 0x4F45_5452;
    static final int HEADER_BYTES = 28;
    static final int HASH_BYTES = 32;
    static final int TRAILER_BYTES = HASH_BYTES + 4;
    static final int OVERHEAD_BYTES = HEADER_BYTES + TRAILER_BYTES;
    /** Far above any command; a larger length field is damage, not data. */
    static final int MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
    static final byte[] GENESIS_HASH = new byte[HASH_BYTES];

    private RecordFormat() {
    }

    static int recordBytes(int payloadLength) {
        return OVERHEAD_BYTES + payloadLength;
    }

    static int getInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    static long getLong(byte[] b, int at) {
        return ((long) getInt(b, at) << 32) | (getInt(b, at + 4) & 0xFFFF_FFFFL);
    }

    static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    static void putLong(byte[] b, int at, long v) {
        putInt(b, at, (int) (v >>> 32));
        putInt(b, at + 4, (int) v);
    }

    /** Writes a complete record at {@code at} and returns its length. */
    static int encode(byte[] b, int at, JournalRecord record, byte[] previousHash, CRC32C crc) {
        byte[] payload = record.payload();
        int n = payload.length;
        putInt(b, at, MAGIC);
        putInt(b, at + 4, n);
        putLong(b, at + 8, record.sequence());
        putLong(b, at + 16, record.timestampMillis());
        putInt(b, at + 24, record.commandType());
        System.arraycopy(payload, 0, b, at + HEADER_BYTES, n);
        System.arraycopy(previousHash, 0, b, at + HEADER_BYTES + n, HASH_BYTES);
        int crcAt = at + HEADER_BYTES + n + HASH_BYTES;
        crc.reset();
        crc.update(b, at, crcAt - at);
        putInt(b, crcAt, (int) crc.getValue());
        return recordBytes(n);
    }

    /** Whether the stored CRC of the complete record at {@code at} with payload length {@code n} matches. */
    static boolean crcMatches(byte[] b, int at, int n, CRC32C crc) {
        int crcAt = at + HEADER_BYTES + n + HASH_BYTES;
        crc.reset();
        crc.update(b, at, crcAt - at);
        return (int) crc.getValue() == getInt(b, crcAt);
    }

    static boolean previousHashMatches(byte[] b, int at, int n, byte[] expected) {
        int from = at + HEADER_BYTES + n;
        return java.util.Arrays.equals(b, from, from + HASH_BYTES, expected, 0, HASH_BYTES);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
