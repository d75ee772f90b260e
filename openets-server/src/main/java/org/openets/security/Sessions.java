package org.openets.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openets.runtime.EpochClock;

/**
 * Signed-in sessions: a short-lived access token and a longer refresh token that is rotated on every use. Tokens
 * are random, opaque and kept only as SHA-256 hashes, so they are revocable at once (sign-out, suspension,
 * password change) without a deny-list. Sessions live in this process: a restart signs everyone out, which is
 * the safe way to lose them.
 */
public final class Sessions {

    public static final long ACCESS_TTL_MILLIS = 15 * 60_000L;
    public static final long REFRESH_TTL_MILLIS = 8 * 3_600_000L;
    static final int MAX_SESSIONS = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a client gets on sign-in and refresh. */
    public record Tokens(String accessToken, String refreshToken, long expiresInSeconds) {
    }

    private record Session(String userId, String accessHash, long accessExpiresAt, String refreshHash,
                           long refreshExpiresAt) {
    }

    private final EpochClock clock;
    private final Map<String, Session> byAccess = new ConcurrentHashMap<>();
    private final Map<String, Session> byRefresh = new ConcurrentHashMap<>();

    public Sessions(EpochClock clock) {
        this.clock = clock;
    }

    public Tokens open(String userId) {
        if (byRefresh.size() >= MAX_SESSIONS) {
            sweep();
        }
        String access = token("oeta_");
        String refresh = token("oetr_");
        long now = clock.millis();
        Session session = new Session(userId, ApiKeys.sha256(access), now + ACCESS_TTL_MILLIS,
                ApiKeys.sha256(refresh), now + REFRESH_TTL_MILLIS);
        byAccess.put(session.accessHash, session);
        byRefresh.put(session.refreshHash, session);
        return new Tokens(access, refresh, ACCESS_TTL_MILLIS / 1000);
    }

    /** The user of an unexpired access token, or null. */
    public String userOf(String accessToken) {
        Session session = byAccess.get(ApiKeys.sha256(accessToken));
        if (session == null) {
            return null;
        }
        if (clock.millis() >= session.accessExpiresAt) {
            byAccess.remove(session.accessHash);
            return null;
        }
        return session.userId;
    }

    /** New tokens for an unexpired refresh token, which is used up; null for anything else. */
    public Tokens refresh(String refreshToken) {
        Session session = byRefresh.remove(ApiKeys.sha256(refreshToken));
        if (session == null) {
            return null;
        }
        byAccess.remove(session.accessHash);
        if (clock.millis() >= session.refreshExpiresAt) {
            return null;
        }
        return open(session.userId);
    }

    /** The user of a refresh token without using it up, or null. */
    String userOfRefresh(String refreshToken) {
        Session session = byRefresh.get(ApiKeys.sha256(refreshToken));
        return session == null ? null : session.userId;
    }

    /** Signs out the session of this access token. */
    public void close(String accessToken) {
        Session session = byAccess.remove(ApiKeys.sha256(accessToken));
        if (session != null) {
            byRefresh.remove(session.refreshHash);
        }
    }

    /** Signs the user out everywhere: on suspension and on a password change. */
    public void closeAll(String userId) {
        byAccess.values().removeIf(s -> s.userId.equals(userId));
        byRefresh.values().removeIf(s -> s.userId.equals(userId));
    }

    private void sweep() {
        long now = clock.millis();
        byAccess.values().removeIf(s -> now >= s.accessExpiresAt);
        byRefresh.values().removeIf(s -> now >= s.refreshExpiresAt);
    }

    private static String token(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
