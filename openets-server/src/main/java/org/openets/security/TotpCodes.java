package org.openets.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** RFC 6238 codes: six digits, 30-second steps, HMAC-SHA1, as every authenticator app makes them. */
public final class TotpCodes {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private TotpCodes() {
    }

    /** A fresh 160-bit secret, base32 without padding (RFC 4226 recommends 160 bits). */
    public static String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The otpauth URI an authenticator app scans. */
    public static String uri(String issuer, String userId, String secret) {
        String label = URLEncoder.encode(issuer + ":" + userId, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The code for the step that contains {@code epochMillis}. */
    public static String codeAt(String secret, long epochMillis) {
        try {
            TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP);
            int code = totp.generateOneTimePassword(key(secret, totp), Instant.ofEpochMilli(epochMillis));
            return String.format("%06d", code);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable TOTP secret", e);
        }
    }

    /**
     * The time step a code belongs to, accepting one step either side for clock drift (RFC 6238 §5.2); -1 when the
     * code matches none.
     */
    public static long matchingStep(String secret, String code, long epochMillis) {
        if (code == null || !code.matches("[0-9]{6}")) {
            return -1;
        }
        long step = Math.floorDiv(epochMillis, STEP.toMillis());
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            String expected = codeAt(secret, candidate * STEP.toMillis());
            if (java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return candidate;
            }
        }
        return -1;
    }

    private static SecretKeySpec key(String secret, TimeBasedOneTimePasswordGenerator totp) {
        return new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
    }
}
