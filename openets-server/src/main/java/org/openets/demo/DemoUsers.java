package org.openets.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.openets.access.Access;
import org.openets.access.RegisterUser;
import org.openets.access.UserRole;
import org.openets.rulebook.Actor;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;
import org.openets.runtime.EngineRunner;
import org.openets.security.MachineUsers;
import org.openets.security.Passwords;

/**
 * People to sign in as on the demo: one user per role, all with the published demo password, and the published
 * demo TOTP secret for the roles that need a second factor. A demo convenience only: a real market's users are
 * registered by its operator and regulators through {@code POST /api/v1/users}.
 */
public final class DemoUsers {

    public static final String PASSWORD = "openets-demo-2025";
    public static final String TOTP_SECRET = "OPENETSDEMOTOTPSECRETKEYAAAAAAAA";
    static final String AUDITOR_ACTOR = "auditor-cy";

    /** A demo user as printed for the person trying the demo. */
    public record DemoUser(String userId, UserRole role, String actorId) {
    }

    private DemoUsers() {
    }

    /** Registers the demo users unless they exist; returns them either way. */
    public static List<DemoUser> ensure(EngineRunner runner) throws ExecutionException, InterruptedException {
        List<Actor> actors = runner.query(e -> e.context(Rulebook.class).actors()).get();
        List<DemoUser> users = new ArrayList<>();
        users.add(new DemoUser("sc.regulator", UserRole.REGULATOR, "reg-sc"));
        users.add(new DemoUser("cq.regulator", UserRole.REGULATOR, "reg-cq"));
        users.add(new DemoUser("cy.authority", UserRole.AUTHORITY, "reg-cy"));
        first(actors, Role.VERIFIER, "").ifPresent(a -> users.add(new DemoUser("verifier", UserRole.VERIFIER, a)));
        first(actors, Role.REPRESENTATIVE, "-rep1").ifPresent(a ->
                users.add(new DemoUser("entity.initiator", UserRole.REPRESENTATIVE_INITIATOR, a)));
        first(actors, Role.REPRESENTATIVE, "-rep2").ifPresent(a ->
                users.add(new DemoUser("entity.approver", UserRole.REPRESENTATIVE_APPROVER, a)));
        first(actors, Role.MEMBER, "").ifPresent(a -> {
            users.add(new DemoUser("member.trader", UserRole.MEMBER_TRADER, a));
            users.add(new DemoUser("member.admin", UserRole.MEMBER_ADMIN, a));
        });
        users.add(new DemoUser("auditor", UserRole.AUDITOR, AUDITOR_ACTOR));
        if (actors.stream().noneMatch(a -> a.actorId().equals(AUDITOR_ACTOR))) {
            MachineUsers.submit(runner, new RegisterActor(AUDITOR_ACTOR, Role.AUDITOR, "CY"));
        }
        for (DemoUser user : users) {
            boolean exists = runner.query(e -> e.context(Access.class).user(user.userId()) != null).get();
            if (!exists) {
                MachineUsers.submit(runner, new RegisterUser(user.userId(), user.actorId(), user.role(),
                        Passwords.hash("password", PASSWORD), user.role().secondFactorRequired() ? TOTP_SECRET : null));
            }
        }
        return users;
    }

    private static java.util.Optional<String> first(List<Actor> actors, Role role, String suffix) {
        return actors.stream().filter(a -> a.role() == role && a.actorId().endsWith(suffix)).map(Actor::actorId)
                .findFirst();
    }
}
