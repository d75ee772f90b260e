package org.openets.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.openets.access.Access;
import org.openets.access.ApiKeyView;
import org.openets.access.PasswordChanged;
import org.openets.access.UserActiveSet;
import org.openets.access.UserView;
import org.openets.api.ApiException;
import org.openets.api.Problem;
import org.openets.core.Event;
import org.openets.runtime.Committed;
import org.openets.runtime.EngineRunner;
import org.openets.runtime.EpochClock;

/**
 * Sign-in and authentication. Users and keys are engine state; this keeps a cache of them for the hot path (every
 * request with an API key), dropped whenever a committed command touches users or keys, before its sender hears
 * back, so a revocation takes effect for the very next request.
 */
public final class SecurityService implements Authenticator {

    public static final String ISSUER = "OpenETS";
    /** An Argon2id hash of nothing anyone knows, checked for unknown users so that timing does not tell them apart. */
    private static final String DECOY_HASH = Passwords.hash("password", "decoy-password-never-used");

    private final EngineRunner runner;
    private final EpochClock clock;
    private final Sessions sessions;
    private final SignInGuard guard;
    private final Map<String, UserView> users = new ConcurrentHashMap<>();
    private final Map<String, ApiKeyView> keys = new ConcurrentHashMap<>();
    private final Map<String, Long> lastTotpStep = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** A successful sign-in. */
    public record SignedIn(Principal principal, Sessions.Tokens tokens) {
    }

    public SecurityService(EngineRunner runner, EpochClock clock) {
        this.runner = runner;
        this.clock = clock;
        this.sessions = new Sessions(clock);
        this.guard = new SignInGuard(clock);
        runner.addListener(this::committed);
    }

    public Sessions sessions() {
        return sessions;
    }

    public EpochClock clock() {
        return clock;
    }

    /**
     * Checks the password and, for users with a second factor, the TOTP code. Every failure answers the same
     * 401, whatever failed, and counts towards the lock-out.
     */
    public SignedIn signIn(String userId, String password, String totpCode, String address) {
        long wait = guard.waitMillis(userId, address);
        if (wait > 0) {
            throw new ApiException(locked(wait), (wait + 999) / 1000);
        }
        UserView user = userId == null || userId.length() > 64 ? null : user(userId);
        boolean passwordOk = Passwords.matches(password, user == null ? DECOY_HASH : user.passwordHash());
        if (user == null || !passwordOk || !user.active()) {
            guard.failed(String.valueOf(userId), address);
            throw new ApiException(signInFailed("userId", "the user id, password or code is wrong"));
        }
        boolean needsCode = user.role().secondFactorRequired() || user.secondFactorEnrolled();
        if (needsCode) {
            long step = user.secondFactorEnrolled()
                    ? TotpCodes.matchingStep(user.totpSecret(), totpCode, clock.millis()) : -1;
            Long used = lastTotpStep.get(userId);
            if (step < 0 || used != null && step <= used) {
                guard.failed(userId, address);
                throw new ApiException(signInFailed("totp", totpCode == null || totpCode.isBlank()
                        ? "this user signs in with a TOTP code from their authenticator as well"
                        : "the user id, password or code is wrong"));
            }
            // A code is good once: a code seen over someone's shoulder cannot be used again.
            lastTotpStep.put(userId, step);
        }
        guard.succeeded(userId);
        return new SignedIn(principal(user), sessions.open(userId));
    }

    /** New tokens for a refresh token of a user who may still sign in. */
    public SignedIn refresh(String refreshToken) {
        String userId = refreshToken == null ? null : sessions.userOfRefresh(refreshToken);
        UserView user = userId == null ? null : user(userId);
        Sessions.Tokens tokens = user == null || !user.active() ? null : sessions.refresh(refreshToken);
        if (tokens == null) {
            throw new ApiException(signInFailed("refreshToken", "the refresh token is unknown, used or expired;"
                    + " sign in again"));
        }
        return new SignedIn(principal(user), tokens);
    }

    @Override
    public Optional<Principal> authenticate(String bearer) {
        if (bearer == null || bearer.isEmpty() || bearer.length() > 256) {
            return Optional.empty();
        }
        UserView user;
        if (ApiKeys.looksLikeKey(bearer)) {
            ApiKeys.Presented presented = ApiKeys.parse(bearer);
            ApiKeyView key = presented == null ? null : key(presented.keyId());
            if (key == null || key.revoked()
                    || !ApiKeys.sameHash(key.secretSha256(), ApiKeys.sha256(presented.secret()))) {
                return Optional.empty();
            }
            user = user(key.userId());
        } else {
            String userId = sessions.userOf(bearer);
            user = userId == null ? null : user(userId);
        }
        return user == null || !user.active() ? Optional.empty() : Optional.of(principal(user));
    }

    /** The user as the engine has it now (cached), or null. */
    public UserView user(String userId) {
        UserView cached = users.get(userId);
        if (cached != null) {
            return cached;
        }
        long seen = generation.get();
        UserView found = EngineAnswers.ask(runner, engine -> engine.context(Access.class).user(userId));
        if (found != null && generation.get() == seen) {
            users.put(userId, found);
        }
        return found;
    }

    private ApiKeyView key(String keyId) {
        ApiKeyView cached = keys.get(keyId);
        if (cached != null) {
            return cached;
        }
        long seen = generation.get();
        ApiKeyView found = EngineAnswers.ask(runner, engine -> engine.context(Access.class).apiKey(keyId));
        if (found != null && generation.get() == seen) {
            keys.put(keyId, found);
        }
        return found;
    }

    public static Principal principal(UserView user) {
        return new Principal(user.userId(), user.actorId(), user.role(), user.jurisdiction());
    }

    /** Runs on the journal writer: drops the caches when users or keys changed, and signs suspended users out. */
    private void committed(List<Committed> records) {
        for (Committed record : records) {
            for (Event event : record.events()) {
                if (event.getClass().getPackageName().equals("org.openets.access")) {
                    generation.incrementAndGet();
                    users.clear();
                    keys.clear();
                    if (event instanceof UserActiveSet set && !set.active()) {
                        sessions.closeAll(set.userId());
                    } else if (event instanceof PasswordChanged changed) {
                        sessions.closeAll(changed.userId());
                    }
                }
            }
        }
    }

    private static Problem signInFailed(String field, String detail) {
        return new Problem("https://openets.org/problems/unauthorised", "Sign-in failed", 401, detail, field,
                "API-SIGN-IN", null, null);
    }

    private static Problem locked(long waitMillis) {
        return new Problem("https://openets.org/problems/locked-out", "Too many failed sign-ins", 429,
                "try again in " + (waitMillis + 999) / 1000 + " s", "userId", "API-SIGN-IN-LOCK-OUT",
                null, null);
    }

}
