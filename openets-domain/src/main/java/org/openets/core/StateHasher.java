package org.openets.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 over a canonical walk of engine state. Callers must feed collections in a defined order (sorted
 * keys, never {@code HashMap} iteration order) so that two engines with equal state give equal hashes.
 */
public final class StateHasher {

    private final MessageDigest digest;
    private final byte[] scratch = new byte[8];

    public StateHasher() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    public StateHasher putLong(long value) {
        for (int i = 7; i >= 0; i--) {
            scratch[i] = (byte) value;
            value >>>= 8;
        }
        digest.update(scratch, 0, 8);
        return this;
    }

    public StateHasher putInt(int value) {
        return putLong(value);
    }

    public StateHasher putBoolean(boolean value) {
        digest.update((byte) (value ? 1 : 0));
        return this;
    }

    /** Length-prefixed so that ("ab","c") and ("a","bc") differ. */
    public StateHasher putString(String value) {
        if (value == null) {
            return putLong(-1);
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        putLong(bytes.length);
        digest.update(bytes);
        return this;
    }

    public StateHasher putBytes(byte[] bytes) {
        putLong(bytes.length);
        digest.update(bytes);
        return this;
    }

    public byte[] finish() {
        return digest.digest();
    }

    public static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            text.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return text.toString();
    }
}
