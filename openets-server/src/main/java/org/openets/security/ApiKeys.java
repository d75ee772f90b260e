package org.openets.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys look like {@code oets_<keyId>_<secret>}: the id finds the key, the 256-bit secret proves it. Only the
 * secret's SHA-256 is journaled; a random 256-bit secret needs no slow hash.
 */
public final class ApiKeys {

    static final String PREFIX = "oets_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key as issued: its id, the whole key (shown once) and the hash to keep. */
    public record Issued(String keyId, String key, String secretSha256) {
    }

    /** The parts of a presented key. */
    record Presented(String keyId, String secret) {
    }

    private ApiKeys() {
    }

    public static Issued issue() {
        byte[] id = new byte[9];
        RANDOM.nextBytes(id);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String keyId = "k" + HexFormat.of().formatHex(id);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(keyId, PREFIX + keyId + "_" + secretText, sha256(secretText));
    }

    static boolean looksLikeKey(String bearer) {
        return bearer.startsWith(PREFIX);
    }

    /** The parts of a presented key, or null when it is not shaped like one. */
    static Presented parse(String bearer) {
        if (!looksLikeKey(bearer) || bearer.length() > 200) {
            return null;
        }
        int separator = bearer.indexOf('_', PREFIX.length());
        if (separator < 0 || separator == bearer.length() - 1) {
            return null;
        }
        return new Presented(bearer.substring(PREFIX.length(), separator), bearer.substring(separator + 1));
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
