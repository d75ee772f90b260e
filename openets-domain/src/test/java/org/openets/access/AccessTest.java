package org.openets.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openets.core.Outcome;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;
import org.openets.registry.ProposeTransfer;
import org.openets.registry.RegistryFixture;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

class AccessTest {

    static final String HASH = "$argon2id$v=19$m=15360,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DP";
    static final String SHA = "a".repeat(64);

    RegistryFixture f;

    @BeforeEach
    void setUp() {
        f = RegistryFixture.chengduAndChongqing();
        f.ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("MEMBER-A", Role.MEMBER, "SC"));
        f.ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("reg-cq", Role.REGULATOR, "CQ"));
    }

    Access access() {
        return f.engine.context(Access.class);
    }

    @Test
    void aUserActsForItsActorAndTheJournalKeepsWhoSentIt() {
        f.ok("reg-sc", new RegisterUser("wang.li", "alice", UserRole.REPRESENTATIVE_INITIATOR, HASH, SECRET));
        // alice is a representative of ENT-1: the user acts with alice's authority.
        f.ok("wang.li", new ProposeTransfer("T-1", "ENT-1", "ENT-2", RegistryFixture.UNIT, 10));
        UserView user = access().user("wang.li");
        assertThat(user.actorId()).isEqualTo("alice");
        assertThat(user.jurisdiction()).isEqualTo("SC");
        assertThat(user.secondFactorEnrolled()).isTrue();
    }

    @Test
    void aSuspendedUserCannotActUntilReinstated() {
        f.ok("reg-sc", new RegisterUser("wang.li", "alice", UserRole.REPRESENTATIVE_APPROVER, HASH, SECRET));
        f.ok("reg-sc", new SetUserActive("wang.li", false, "left the company"));
        Rejection refused = f.rejected("wang.li", new ProposeTransfer("T-1", "ENT-1", "ENT-2",
                RegistryFixture.UNIT, 10));
        assertThat(refused.rule()).isEqualTo(AccessRejects.USER_ACTIVE.value());
        f.ok("reg-sc", new SetUserActive("wang.li", true, "rehired"));
        f.ok("wang.li", new ProposeTransfer("T-1", "ENT-1", "ENT-2", RegistryFixture.UNIT, 10));
    }

    @Test
    void theRoleMustMatchTheActorAndSecondFactorRolesNeedASecret() {
        assertThat(f.rejected("reg-sc", new RegisterUser("u1", "alice", UserRole.MEMBER_TRADER, HASH, null)).rule())
                .isEqualTo(AccessRejects.ROLE_MATCHES_ACTOR.value());
        assertThat(f.rejected("reg-sc", new RegisterUser("u1", "reg-sc", UserRole.AUTHORITY, HASH, SECRET)).rule())
                .isEqualTo(AccessRejects.ROLE_MATCHES_ACTOR.value());
        Rejection noSecret = f.rejected("reg-sc", new RegisterUser("u1", "reg-sc", UserRole.REGULATOR, HASH, null));
        assertThat(noSecret.rule()).isEqualTo(AccessRejects.SECOND_FACTOR_REQUIRED.value());
        assertThat(noSecret.field()).isEqualTo("totpSecret");
        f.ok("reg-cy", new RegisterUser("u1", "reg-cy", UserRole.AUTHORITY, HASH, SECRET));
    }

    @Test
    void badFieldsAreRefusedNamingTheFieldAndChangeNothing() {
        String before = StateHasher.hex(f.engine.stateHash());
        assertThat(f.rejected("reg-sc", new RegisterUser("no spaces", "alice",
                UserRole.REPRESENTATIVE_INITIATOR, HASH, SECRET)).field()).isEqualTo("userId");
        assertThat(f.rejected("reg-sc", new RegisterUser("u1", "alice", UserRole.REPRESENTATIVE_INITIATOR,
                "short", SECRET)).field()).isEqualTo("passwordHash");
        assertThat(f.rejected("reg-sc", new RegisterUser("u1", "alice", UserRole.REPRESENTATIVE_INITIATOR, HASH,
                "lowercase-not-base32")).field()).isEqualTo("totpSecret");
        assertThat(f.rejected("reg-sc", new RegisterUser("u1", "nobody", UserRole.VERIFIER, HASH, null)).field())
                .isEqualTo("actorId");
        assertThat(f.rejected("reg-sc", new RegisterUser("bob", "alice", UserRole.REPRESENTATIVE_INITIATOR, HASH,
                SECRET)).rule()).isEqualTo(AccessRejects.USER_UNIQUE.value());
        assertThat(StateHasher.hex(f.engine.stateHash())).isEqualTo(before);
    }

    @Test
    void regulatorsAdministerTheirJurisdictionAndMemberAdminsTheirMember() {
        assertThat(f.rejected("reg-cq", new RegisterUser("u1", "alice", UserRole.REPRESENTATIVE_INITIATOR, HASH,
                SECRET)).rule()).isEqualTo(AccessRejects.ADMINISTERS_USER.value());
        f.ok("reg-cy", new RegisterUser("u1", "alice", UserRole.REPRESENTATIVE_INITIATOR, HASH, SECRET));
        f.ok("reg-sc", new RegisterUser("admin-a", "MEMBER-A", UserRole.MEMBER_ADMIN, HASH, null));
        f.ok("admin-a", new RegisterUser("trader-a", "MEMBER-A", UserRole.MEMBER_TRADER, HASH, null));
        f.ok("trader-a", new IssueApiKey("k1", "trader-a", "algo box", SHA));
        assertThat(f.rejected("trader-a", new RegisterUser("trader-b", "MEMBER-A", UserRole.MEMBER_TRADER, HASH,
                null)).rule()).isEqualTo(AccessRejects.ADMINISTERS_USER.value());
        assertThat(f.rejected("admin-a", new ChangePassword("u1", HASH)).rule())
                .isEqualTo(AccessRejects.ADMINISTERS_USER.value());
        f.ok("admin-a", new RevokeApiKey("k1"));
        assertThat(access().apiKey("k1").revoked()).isTrue();
        assertThat(f.rejected("trader-a", new RevokeApiKey("k1")).rule()).isEqualTo(AccessRejects.API_KEY_KNOWN.value());
    }

    @Test
    void onlyTheUserEnrolsASecondFactorAndCredentialsAreRedactedForDisplay() {
        f.ok("reg-sc", new RegisterUser("u1", "alice", UserRole.REPRESENTATIVE_INITIATOR, HASH, SECRET));
        assertThat(f.rejected("reg-sc", new EnrolSecondFactor("u1", "ABCDEFGHIJKLMNOP")).rule())
                .isEqualTo(AccessRejects.OWN_CREDENTIALS.value());
        f.ok("u1", new EnrolSecondFactor("u1", "ABCDEFGHIJKLMNOP"));
        assertThat(access().user("u1").totpSecret()).isEqualTo("ABCDEFGHIJKLMNOP");
        RegisterUser shown = (RegisterUser) new RegisterUser("u1", "alice", UserRole.REPRESENTATIVE_INITIATOR, HASH,
                SECRET).redacted();
        assertThat(shown.passwordHash()).isEqualTo(CarriesSecret.REDACTED);
        assertThat(shown.totpSecret()).isEqualTo(CarriesSecret.REDACTED);
        assertThat(shown.toString()).doesNotContain(SECRET).doesNotContain(HASH);
    }

    @Test
    void aUserHoldsAtMostTwentyUnrevokedKeys() {
        f.ok("reg-sc", new RegisterUser("admin-a", "MEMBER-A", UserRole.MEMBER_ADMIN, HASH, null));
        for (int i = 0; i < AccessRejects.MAX_ACTIVE_KEYS; i++) {
            f.ok("admin-a", new IssueApiKey("k" + i, "admin-a", "key " + i, SHA));
        }
        assertThat(f.rejected("admin-a", new IssueApiKey("k-over", "admin-a", "one more", SHA)).rule())
                .isEqualTo(AccessRejects.API_KEY_LIMIT_RULE.value());
        f.ok("admin-a", new RevokeApiKey("k0"));
        f.ok("admin-a", new IssueApiKey("k-over", "admin-a", "one more", SHA));
    }

    @Test
    void snapshotAndReplayGiveTheSameState() {
        f.ok("reg-sc", new RegisterUser("admin-a", "MEMBER-A", UserRole.MEMBER_ADMIN, HASH, SECRET));
        f.ok("admin-a", new IssueApiKey("k1", "admin-a", "box", SHA));
        f.ok("admin-a", new IssueApiKey("k2", "admin-a", "box 2", SHA));
        f.ok("admin-a", new RevokeApiKey("k1"));
        f.ok("reg-sc", new SetUserActive("admin-a", false, "audit"));
        byte[] snapshot = f.engine.snapshot();
        org.openets.engine.Engine restored = org.openets.engine.StandardEngine.create().restore(snapshot);
        assertThat(StateHasher.hex(restored.stateHash())).isEqualTo(StateHasher.hex(f.engine.stateHash()));
        assertThat(restored.context(Access.class).apiKeys("admin-a")).extracting(ApiKeyView::revoked)
                .containsExactly(true, false);
        assertThat(restored.apply(f.now(), new org.openets.core.Envelope("x", "admin-a", "t",
                new IssueApiKey("k3", "admin-a", "box", SHA)))).isInstanceOf(Outcome.Rejected.class);
    }
}
