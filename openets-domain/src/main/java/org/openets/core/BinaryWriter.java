package org.openets.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable big-endian byte buffer for journal payloads and snapshots. Not thread-safe. */
public final class BinaryWriter {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private byte[] buffer;
    private int position;

    public BinaryWriter() {
        this(256);
    }

    public BinaryWriter(int initialCapacity) {
        buffer = new byte[Math.max(16, initialCapacity)];
    }

    public BinaryWriter putLong(long value) {
        ensure(8);
        LONG.set(buffer, position, value);
        position += 8;
        return this;
    }

    public BinaryWriter putInt(int value) {
        ensure(4);
        INT.set(buffer, position, value);
        position += 4;
        return this;
    }

    public BinaryWriter putShort(int value) {
        ensure(2);
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
        return this;
    }

    public BinaryWriter putByte(int value) {
        ensure(1);
        buffer[position++] = (byte) value;
        return this;
    }

    public BinaryWriter putBoolean(boolean value) {
        return putByte(value ? 1 : 0);
    }

    public BinaryWriter putBytes(byte[] bytes) {
        putInt(bytes.length);
        return putRaw(bytes, 0, bytes.length);
    }

    public BinaryWriter putRaw(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, position, length);
        position += length;
        return this;
    }

    /** Writes a string as its UTF-8 length and bytes; {@code null} is written as length -1. */
    public BinaryWriter putString(String value) {
        if (value == null) {
            return putInt(-1);
        }
        if (isAscii(value)) {
            int length = value.length();
            putInt(length);
            ensure(length);
            for (int i = 0; i < length; i++) {
                buffer[position++] = (byte) value.charAt(i);
            }
            return this;
        }
        return putBytes(value.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isAscii(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return position;
    }

    public void reset() {
        position = 0;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, position);
    }

    /** The live buffer; valid up to {@link #size()} until the next write. */
    public byte[] array() {
        return buffer;
    }

    private void ensure(int extra) {
        int needed = position + extra;
        if (needed > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
        }
    }
}
