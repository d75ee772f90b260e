package org.openets.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.openets.api.ApiException;
import org.openets.api.Problem;

/**
 * Argon2id password hashes in the PHC string format, with OWASP's minimum parameters (19 MiB, two passes, one
 * lane), so a stolen journal does not give the passwords away cheaply.
 */
public final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

    private Passwords() {
    }

    /** The hash to journal; refuses a password outside the policy, naming the field. */
    public static String hash(String field, String password) {
        checkPolicy(field, password);
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public static boolean matches(String password, String hash) {
        if (password == null || hash == null || password.length() > MAX_LENGTH) {
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** At least 12 characters, at most 128 (NIST SP 800-63B: length, not composition rules). */
    static void checkPolicy(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH
                || password.length() > MAX_LENGTH || password.isBlank()) {
            throw new ApiException(Problem.badRequest(field, "API-PASSWORD-POLICY",
                    "a password is " + MIN_LENGTH + " to " + MAX_LENGTH + " characters"));
        }
    }
}
