package org.openets.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openets.core.ApplyContext;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.BoundedContext;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.CommandHandlers;
import org.openets.core.MalformedDataException;
import org.openets.core.RecordCodec;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * Users, their credentials and API keys. Credentials are checked by the gateways (a password hash needs the
 * password, a TOTP code needs the time); what is kept here, and so journaled and replayed, is who the users are,
 * whom they act for, in which role, and whether they and their keys may still act.
 */
public final class Access implements BoundedContext, PrincipalResolver {

    private final Rulebook rulebook;
    private final Map<String, User> users = new HashMap<>();
    private final Map<String, Key> keys = new HashMap<>();
    private final CommandHandlers handlers = new CommandHandlers();

    public Access(Rulebook rulebook) {
        this.rulebook = rulebook;
        handlers.on(RegisterUser.class, this::register)
                .on(ChangePassword.class, this::changePassword)
                .on(EnrolSecondFactor.class, this::enrol)
                .on(IssueApiKey.class, this::issue)
                .on(RevokeApiKey.class, this::revoke)
                .on(SetUserActive.class, this::setActive);
    }

    private static final class User {
        final String userId;
        final String actorId;
        final UserRole role;
        final long registeredAtMillis;
        String passwordHash;
        String totpSecret;
        boolean active = true;
        int activeKeys;

        User(String userId, String actorId, UserRole role, long registeredAtMillis) {
            this.userId = userId;
            this.actorId = actorId;
            this.role = role;
            this.registeredAtMillis = registeredAtMillis;
        }
    }

    private static final class Key {
        final String keyId;
        final String userId;
        final String label;
        final String secretSha256;
        final long issuedAtMillis;
        boolean revoked;

        Key(String keyId, String userId, String label, String secretSha256, long issuedAtMillis) {
            this.keyId = keyId;
            this.userId = userId;
            this.label = label;
            this.secretSha256 = secretSha256;
            this.issuedAtMillis = issuedAtMillis;
        }
    }

    // ---- queries ----

    @Override
    public String actorFor(String senderId) {
        User user = users.get(senderId);
        if (user == null) {
            return senderId;
        }
        return user.active ? user.actorId : null;
    }

    /** The user, or null. */
    public UserView user(String userId) {
        User user = users.get(userId);
        return user == null ? null : view(user);
    }

    /** Every user, sorted by id. */
    public List<UserView> users() {
        return users.values().stream().sorted(Comparator.comparing(u -> u.userId)).map(this::view).toList();
    }

    /** The API key, or null. */
    public ApiKeyView apiKey(String keyId) {
        Key key = keys.get(keyId);
        return key == null ? null : view(key);
    }

    /** The keys of one user (or of everyone for null), revoked ones included, sorted by id. */
    public List<ApiKeyView> apiKeys(String userId) {
        return keys.values().stream().filter(k -> userId == null || k.userId.equals(userId))
                .sorted(Comparator.comparing(k -> k.keyId)).map(Access::view).toList();
    }

    private UserView view(User user) {
        Actor actor = rulebook.actor(user.actorId);
        return new UserView(user.userId, user.actorId, user.role, actor.jurisdiction().code(), user.active,
                user.passwordHash, user.totpSecret, user.registeredAtMillis);
    }

    private static ApiKeyView view(Key key) {
        return new ApiKeyView(key.keyId, key.userId, key.label, key.secretSha256, key.revoked, key.issuedAtMillis);
    }

    // ---- commands ----

    private Rejection register(RegisterUser c, ApplyContext context) {
        if (!org.openets.rulebook.Fields.isId(c.userId())) {
            return invalid("userId", "a user id is 1-64 letters, digits or . _ : -");
        }
        if (c.role() == null) {
            return invalid("role", "role is required");
        }
        Actor actor = c.actorId() == null ? null : rulebook.actor(c.actorId());
        if (actor == null) {
            return Rejection.of(AccessRejects.UNKNOWN_USER, "actorId", AccessRejects.ROLE_MATCHES_ACTOR,
                    "a user acts for a registered actor");
        }
        Rejection shape = checkRole(c.role(), actor);
        if (shape == null) {
            shape = checkPasswordHash(c.passwordHash());
        }
        if (shape == null && c.totpSecret() != null && !isBase32Secret(c.totpSecret())) {
            shape = invalid("totpSecret", "a TOTP secret is 16-128 characters of RFC 4648 base32 (A-Z, 2-7)");
        }
        if (shape == null && c.totpSecret() == null && c.role().secondFactorRequired()) {
            shape = Rejection.of(RejectCode.INVALID_FIELD, "totpSecret", AccessRejects.SECOND_FACTOR_REQUIRED,
                    "a " + c.role() + " signs in with a second factor: register the user with a TOTP secret");
        }
        if (shape != null) {
            return shape;
        }
        if (users.containsKey(c.userId())
                || !c.userId().equals(c.actorId()) && rulebook.actor(c.userId()) != null) {
            return Rejection.of(AccessRejects.USER_EXISTS, "userId", AccessRejects.USER_UNIQUE,
                    "the id is taken by another user or actor");
        }
        if (!mayAdminister(context, c.actorId(), actor)) {
            return notAdministrator();
        }
        User user = new User(c.userId(), c.actorId(), c.role(), context.timestampMillis());
        user.passwordHash = c.passwordHash();
        user.totpSecret = c.totpSecret();
        users.put(user.userId, user);
        context.emit(new UserRegistered(user.userId, user.actorId, user.role, user.totpSecret != null,
                context.senderId()));
        return null;
    }

    private Rejection changePassword(ChangePassword c, ApplyContext context) {
        User user = users.get(c.userId());
        if (user == null) {
            return unknownUser();
        }
        Rejection shape = checkPasswordHash(c.passwordHash());
        if (shape != null) {
            return shape;
        }
        if (!context.senderId().equals(user.userId) && !mayAdminister(context, user)) {
            return notAdministrator();
        }
        user.passwordHash = c.passwordHash();
        context.emit(new PasswordChanged(user.userId, context.senderId()));
        return null;
    }

    private Rejection enrol(EnrolSecondFactor c, ApplyContext context) {
        User user = users.get(c.userId());
        if (user == null) {
            return unknownUser();
        }
        if (!isBase32Secret(c.totpSecret())) {
            return invalid("totpSecret", "a TOTP secret is 16-128 characters of RFC 4648 base32 (A-Z, 2-7)");
        }
        if (!context.senderId().equals(user.userId)) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "userId", AccessRejects.OWN_CREDENTIALS,
                    "only the user enrols a second factor, proving it with a code");
        }
        user.totpSecret = c.totpSecret();
        context.emit(new SecondFactorEnrolled(user.userId));
        return null;
    }

    private Rejection issue(IssueApiKey c, ApplyContext context) {
        if (!org.openets.rulebook.Fields.isId(c.keyId())) {
            return invalid("keyId", "a key id is 1-64 letters, digits or . _ : -");
        }
        if (!org.openets.rulebook.Fields.isText(c.label())) {
            return invalid("label", "a label is 1-256 characters and not blank");
        }
        if (!isSha256Hex(c.secretSha256())) {
            return invalid("secretSha256", "the key's SHA-256 is 64 lower-case hex digits");
        }
        User user = users.get(c.userId());
        if (user == null) {
            return unknownUser();
        }
        if (keys.containsKey(c.keyId())) {
            return Rejection.of(AccessRejects.API_KEY_EXISTS, "keyId", AccessRejects.API_KEY_UNIQUE,
                    "key id already used");
        }
        if (!context.senderId().equals(user.userId) && !mayAdminister(context, user)) {
            return notAdministrator();
        }
        if (!user.active) {
            return Rejection.of(AccessRejects.USER_SUSPENDED, "userId", AccessRejects.USER_ACTIVE,
                    "a suspended user gets no keys");
        }
        if (user.activeKeys >= AccessRejects.MAX_ACTIVE_KEYS) {
            return Rejection.of(AccessRejects.API_KEY_LIMIT, "userId", AccessRejects.API_KEY_LIMIT_RULE,
                    "at most " + AccessRejects.MAX_ACTIVE_KEYS + " unrevoked keys per user; revoke one first");
        }
        keys.put(c.keyId(), new Key(c.keyId(), user.userId, c.label(), c.secretSha256(), context.timestampMillis()));
        user.activeKeys++;
        context.emit(new ApiKeyIssued(c.keyId(), user.userId, c.label(), context.senderId()));
        return null;
    }

    private Rejection revoke(RevokeApiKey c, ApplyContext context) {
        Key key = c.keyId() == null ? null : keys.get(c.keyId());
        if (key == null || key.revoked) {
            return Rejection.of(AccessRejects.UNKNOWN_API_KEY, "keyId", AccessRejects.API_KEY_KNOWN,
                    "no such unrevoked key");
        }
        User user = users.get(key.userId);
        if (!context.senderId().equals(user.userId) && !mayAdminister(context, user)) {
            return notAdministrator();
        }
        key.revoked = true;
        user.activeKeys--;
        context.emit(new ApiKeyRevoked(key.keyId, user.userId, context.senderId()));
        return null;
    }

    private Rejection setActive(SetUserActive c, ApplyContext context) {
        User user = c.userId() == null ? null : users.get(c.userId());
        if (user == null) {
            return unknownUser();
        }
        if (!org.openets.rulebook.Fields.isText(c.reason())) {
            return invalid("reason", "a reason is 1-256 characters and not blank");
        }
        if (context.senderId().equals(user.userId) || !mayAdminister(context, user)) {
            return notAdministrator();
        }
        user.active = c.active();
        context.emit(new UserActiveSet(user.userId, c.active(), c.reason(), context.senderId()));
        return null;
    }

    // ---- authority and shapes ----

    private boolean mayAdminister(ApplyContext context, User target) {
        return mayAdminister(context, target.actorId, rulebook.actor(target.actorId));
    }

    /**
     * The operator administers everyone, a regulator the users of its jurisdiction's actors (the unified authority:
     * of every jurisdiction), and a member administrator the users of its own member.
     */
    private boolean mayAdminister(ApplyContext context, String targetActorId, Actor targetActor) {
        Actor caller = rulebook.actor(context.actorId());
        if (caller == null) {
            return false;
        }
        if (caller.role() == Role.OPERATOR || caller.isRegulatorOf(targetActor.jurisdiction().code())) {
            return true;
        }
        User callerUser = users.get(context.senderId());
        return callerUser != null && callerUser.role == UserRole.MEMBER_ADMIN
                && callerUser.actorId.equals(targetActorId);
    }

    private static Rejection checkRole(UserRole role, Actor actor) {
        boolean matches = role.actorRole() == actor.role()
                && (role != UserRole.AUTHORITY || actor.isUnifiedAuthority());
        return matches ? null : Rejection.of(RejectCode.INVALID_FIELD, "role", AccessRejects.ROLE_MATCHES_ACTOR,
                "a " + role + " acts for an actor of role " + role.actorRole()
                        + (role == UserRole.AUTHORITY ? " of the unified-market authority" : "")
                        + "; actor " + actor.actorId() + " is " + actor.role());
    }

    private static Rejection checkPasswordHash(String hash) {
        boolean ok = hash != null && hash.length() >= 20 && hash.length() <= 512
                && hash.chars().allMatch(ch -> ch > ' ' && ch < 127);
        return ok ? null : invalid("passwordHash", "a password hash is 20-512 printable ASCII characters");
    }

    static boolean isBase32Secret(String secret) {
        if (secret == null || secret.length() < 16 || secret.length() > 128) {
            return false;
        }
        return secret.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z' || ch >= '2' && ch <= '7');
    }

    private static boolean isSha256Hex(String hex) {
        return hex != null && hex.length() == 64 && hex.chars().allMatch(ch -> ch >= '0' && ch <= '9'
                || ch >= 'a' && ch <= 'f');
    }

    private static Rejection invalid(String field, String message) {
        return Rejection.of(RejectCode.INVALID_FIELD, field, AccessRejects.FIELD_FORMAT, message);
    }

    private static Rejection unknownUser() {
        return Rejection.of(AccessRejects.UNKNOWN_USER, "userId", AccessRejects.USER_KNOWN, "no such user");
    }

    private static Rejection notAdministrator() {
        return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", AccessRejects.ADMINISTERS_USER,
                "only the operator, a regulator of the user's jurisdiction or the member's administrator"
                        + " administers this user");
    }

    // ---- context plumbing ----

    @Override
    public String name() {
        return "access";
    }

    @Override
    public void register(Catalog.Builder catalog) {
        catalog.addAll(1800, List.of(RegisterUser.class, ChangePassword.class, EnrolSecondFactor.class,
                IssueApiKey.class, RevokeApiKey.class, SetUserActive.class));
        catalog.addAll(1850, List.of(UserRegistered.class, PasswordChanged.class, SecondFactorEnrolled.class,
                ApiKeyIssued.class, ApiKeyRevoked.class, UserActiveSet.class));
    }

    @Override
    public boolean handles(Class<? extends Command> type) {
        return handlers.handles(type);
    }

    @Override
    public Rejection apply(Command command, ApplyContext context) {
        Rejection rejection = handlers.apply(command, context);
        return rejection == null ? null : rejection.withRulebookVersion(rulebook.version());
    }

    @Override
    public void hashState(StateHasher hasher) {
        BinaryWriter out = new BinaryWriter(1024);
        writeSnapshot(out, null);
        hasher.putBytes(out.toByteArray());
    }

    @Override
    public void writeSnapshot(BinaryWriter out, RecordCodec codec) {
        List<User> sortedUsers = new ArrayList<>(users.values());
        sortedUsers.sort(Comparator.comparing(u -> u.userId));
        out.putInt(sortedUsers.size());
        for (User u : sortedUsers) {
            out.putString(u.userId).putString(u.actorId).putString(u.role.name()).putLong(u.registeredAtMillis)
                    .putString(u.passwordHash).putBoolean(u.totpSecret != null);
            if (u.totpSecret != null) {
                out.putString(u.totpSecret);
            }
            out.putBoolean(u.active);
        }
        List<Key> sortedKeys = new ArrayList<>(keys.values());
        sortedKeys.sort(Comparator.comparing(k -> k.keyId));
        out.putInt(sortedKeys.size());
        for (Key k : sortedKeys) {
            out.putString(k.keyId).putString(k.userId).putString(k.label).putString(k.secretSha256)
                    .putLong(k.issuedAtMillis).putBoolean(k.revoked);
        }
    }

    @Override
    public void readSnapshot(BinaryReader in, RecordCodec codec) {
        users.clear();
        keys.clear();
        int userCount = in.getInt();
        for (int i = 0; i < userCount; i++) {
            User u = new User(in.getString(), in.getString(), UserRole.valueOf(in.getString()), in.getLong());
            u.passwordHash = in.getString();
            u.totpSecret = in.getBoolean() ? in.getString() : null;
            u.active = in.getBoolean();
            users.put(u.userId, u);
        }
        int keyCount = in.getInt();
        for (int i = 0; i < keyCount; i++) {
            Key k = new Key(in.getString(), in.getString(), in.getString(), in.getString(), in.getLong());
            k.revoked = in.getBoolean();
            User owner = users.get(k.userId);
            if (owner == null) {
                throw new MalformedDataException("snapshot has a key of an unknown user");
            }
            if (!k.revoked) {
                owner.activeKeys++;
            }
            keys.put(k.keyId, k);
        }
    }
}
