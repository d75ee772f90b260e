package org.openets.journal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * Reads the records of one segment file front to back through a large buffer: one read system call per
 * {@link #BUFFER_BYTES}, records parsed in place. After {@link Status#RECORD} the accessors describe the
 * current record until {@link #advance()}.
 */
final class SegmentReader implements Closeable {

    enum Status { RECORD, END, INCOMPLETE, BAD_MAGIC, BAD_LENGTH, BAD_CRC }

    static final int BUFFER_BYTES = 4 * 1024 * 1024;

    private final Path path;
    private final FileChannel channel;
    private final long endOffset;
    private final CRC32C crc = new CRC32C();
    private byte[] buffer = new byte[BUFFER_BYTES];
    private long bufferOffset;
    private int position;
    private int limit;
    private int payloadLength = -1;

    /** Reads {@code path} from {@code startOffset} up to its size at this moment. */
    SegmentReader(Path path, long startOffset) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.endOffset = channel.size();
        this.bufferOffset = startOffset;
    }

    Path path() {
        return path;
    }

    long size() {
        return endOffset;
    }

    /** File offset of the current record, or of the next byte to parse. */
    long offset() {
        return bufferOffset + position;
    }

    /** Parses the record at {@link #offset()}; the CRC is checked only when {@code verifyCrc}. */
    Status next(boolean verifyCrc) throws IOException {
        payloadLength = -1;
        if (!ensure(RecordFormat.HEADER_BYTES)) {
            return limit == position ? Status.END : Status.INCOMPLETE;
        }
        if (RecordFormat.getInt(buffer, position) != RecordFormat.MAGIC) {
            return Status.BAD_MAGIC;
        }
        int n = RecordFormat.getInt(buffer, position + 4);
        if (n < 0 || n > RecordFormat.MAX_PAYLOAD_BYTES) {
            return Status.BAD_LENGTH;
        }
        if (!ensure(RecordFormat.recordBytes(n))) {
            return Status.INCOMPLETE;
        }
        if (verifyCrc && !RecordFormat.crcMatches(buffer, position, n, crc)) {
            return Status.BAD_CRC;
        }
        payloadLength = n;
        return Status.RECORD;
    }

    void advance() {
        position += RecordFormat.recordBytes(payloadLength);
        payloadLength = -1;
    }

    long sequence() {
        return RecordFormat.getLong(buffer, position + 8);
    }

    long timestampMillis() {
        return RecordFormat.getLong(buffer, position + 16);
    }

    int commandType() {
        return RecordFormat.getInt(buffer, position + 24);
    }

    byte[] payloadCopy() {
        byte[] payload = new byte[payloadLength];
        System.arraycopy(buffer, position + RecordFormat.HEADER_BYTES, payload, 0, payloadLength);
        return payload;
    }

    boolean linksTo(byte[] previousHash) {
        return RecordFormat.previousHashMatches(buffer, position, payloadLength, previousHash);
    }

    /** The bytes of the current record, for hashing: {@code buffer()[recordStart() .. + recordLength())}. */
    byte[] buffer() {
        return buffer;
    }

    int recordStart() {
        return position;
    }

    int recordLength() {
        return RecordFormat.recordBytes(payloadLength);
    }

    private boolean ensure(int bytes) throws IOException {
        if (limit - position >= bytes) {
            return true;
        }
        if (bytes > buffer.length) {
            byte[] larger = new byte[Math.max(bytes, buffer.length * 2)];
            System.arraycopy(buffer, position, larger, 0, limit - position);
            buffer = larger;
        } else {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
        }
        bufferOffset += position;
        limit -= position;
        position = 0;
        while (limit < bytes) {
            long left = endOffset - (bufferOffset + limit);
            if (left <= 0) {
                return false;
            }
            int want = (int) Math.min(buffer.length - limit, left);
            int read = channel.read(ByteBuffer.wrap(buffer, limit, want), bufferOffset + limit);
            if (read <= 0) {
                return false;
            }
            limit += read;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
