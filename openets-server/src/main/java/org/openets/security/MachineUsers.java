package org.openets.security;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.openets.access.IssueApiKey;
import org.openets.access.RegisterUser;
import org.openets.access.UserRole;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.runtime.EngineRunner;

/**
 * Provisions a user with an API key through the sequencer, as the operator: for machine clients a node sets up
 * itself (the demo's market makers, the HTTP benchmark). Its password is random and never shown, so the user
 * signs in only with the key.
 */
public final class MachineUsers {

    private MachineUsers() {
    }

    /** Registers {@code userId} acting for {@code actorId} in {@code role} and returns a new API key of it. */
    public static String provision(EngineRunner runner, String userId, String actorId, UserRole role)
            throws ExecutionException, InterruptedException {
        String secret = role.secondFactorRequired() ? TotpCodes.newSecret() : null;
        submit(runner, new RegisterUser(userId, actorId, role,
                Passwords.hash("password", UUID.randomUUID().toString()), secret));
        ApiKeys.Issued key = ApiKeys.issue();
        submit(runner, new IssueApiKey(key.keyId(), userId, "machine client", key.secretSha256()));
        return key.key();
    }

    /** Submits {@code command} as the built-in operator and waits; a refusal is a bug of the caller's set-up. */
    public static void submit(EngineRunner runner, org.openets.core.Command command)
            throws ExecutionException, InterruptedException {
        Outcome outcome = runner.submit(new Envelope(UUID.randomUUID().toString(), EngineRunner.SYSTEM_ACTOR,
                "local", command)).get();
        if (!(outcome instanceof Outcome.Accepted)) {
            throw new IllegalStateException(command.getClass().getSimpleName() + " refused: " + outcome);
        }
    }
}
