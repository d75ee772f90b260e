package org.openets.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads what {@link BinaryWriter} wrote. Reading past the end throws {@link MalformedDataException}. */
public final class BinaryReader {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] buffer;
    private final int limit;
    private int position;

    public BinaryReader(byte[] buffer) {
        this(buffer, 0, buffer.length);
    }

    public BinaryReader(byte[] buffer, int offset, int length) {
        this.buffer = buffer;
        this.position = offset;
        this.limit = offset + length;
    }

    public long getLong() {
        require(8);
        long value = (long) LONG.get(buffer, position);
        position += 8;
        return value;
    }

    public int getInt() {
        require(4);
        int value = (int) INT.get(buffer, position);
        position += 4;
        return value;
    }

    public int getShort() {
        require(2);
        int value = ((buffer[position] & 0xff) << 8) | (buffer[position + 1] & 0xff);
        position += 2;
        return value;
    }

    public int getByte() {
        require(1);
        return buffer[position++] & 0xff;
    }

    public boolean getBoolean() {
        int b = getByte();
        if (b > 1) {
            throw new MalformedDataException("boolean byte " + b + " at offset " + (position - 1));
        }
        return b == 1;
    }

    public byte[] getBytes() {
        int length = getInt();
        if (length < 0) {
            throw new MalformedDataException("negative length " + length + " at offset " + (position - 4));
        }
        require(length);
        byte[] bytes = Arrays.copyOfRange(buffer, position, position + length);
        position += length;
        return bytes;
    }

    public String getString() {
        int length = getInt();
        if (length == -1) {
            return null;
        }
        if (length < 0) {
            throw new MalformedDataException("negative length " + length + " at offset " + (position - 4));
        }
        require(length);
        String value = new String(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    public int remaining() {
        return limit - position;
    }

    public int position() {
        return position;
    }

    private void require(int bytes) {
        if (bytes > limit - position) {
            throw new MalformedDataException("needs " + bytes + " bytes at offset " + position + ", has " + (limit - position));
        }
    }
}
