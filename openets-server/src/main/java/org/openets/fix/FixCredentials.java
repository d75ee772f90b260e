package org.openets.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.openets.rulebook.Fields;

/**
 * Which member may log on with which password. The file holds one line per member,
 * {@code memberId:salt$iterations$hash}, salt and hash in Base64, the hash PBKDF2 with HMAC-SHA256; blank lines
 * and lines starting with {@code #} are ignored. Only hashes are stored, so the file leaks no password.
 */
public final class FixCredentials {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Entry NOBODY = new Entry(new byte[SALT_BYTES], 1, new byte[HASH_BYTES]);

    private final Map<String, Entry> members;

    private FixCredentials(Map<String, Entry> members) {
        this.members = members;
    }

    private record Entry(byte[] salt, int iterations, byte[] hash) {
    }

    /** Reads a credentials file; a malformed line is an error naming the file and the line. */
    public static FixCredentials load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Entry> members = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + " line " + (i + 1);
            int colon = line.lastIndexOf(':');
            String member = colon < 0 ? "" : line.substring(0, colon);
            if (!Fields.isId(member)) {
                throw new IOException(where + ": expected memberId:salt$iterations$hash with a member id of 1-64"
                        + " letters, digits or . _ : -");
            }
            if (members.put(member, parse(line.substring(colon + 1), where)) != null) {
                throw new IOException(where + ": member " + member + " is listed twice");
            }
        }
        return new FixCredentials(members);
    }

    private static Entry parse(String hashed, String where) throws IOException {
        String[] parts = hashed.split("\\$", -1);
        try {
            if (parts.length == 3) {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[0]);
                byte[] hash = Base64.getDecoder().decode(parts[2]);
                if (iterations > 0 && salt.length > 0 && hash.length > 0) {
                    return new Entry(salt, iterations, hash);
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below with the line
        }
        throw new IOException(where + ": the hash must be salt$iterations$hash, salt and hash in Base64,"
                + " as `openets fix-credential` prints it");
    }

    /** Whether {@code password} is the member's. Unknown members cost as much as known ones. */
    public boolean verify(String memberId, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        Entry entry = members.get(memberId);
        boolean known = entry != null;
        Entry checked = known ? entry : NOBODY;
        byte[] hash = pbkdf2(password, checked.salt(), checked.iterations(), checked.hash().length);
        return MessageDigest.isEqual(hash, checked.hash()) && known;
    }

    /** The credentials-file line for a member and password, with a fresh random salt. */
    public static String line(String memberId, String password, int iterations) {
        if (!Fields.isId(memberId) || password.isEmpty() || iterations <= 0) {
            throw new IllegalArgumentException("a member id, a non-empty password and a positive iteration count");
        }
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return memberId + ":" + base64.encodeToString(salt) + "$" + iterations + "$"
                + base64.encodeToString(pbkdf2(password, salt, iterations, HASH_BYTES));
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
