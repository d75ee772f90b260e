package org.openets.access;

import org.openets.core.Command;

/**
 * Registers a user who signs in and acts for the registered actor {@code actorId} in {@code role}. The gateway
 * hashes the password (Argon2id) before the command is journaled, and for roles that need a second factor it
 * generates the TOTP secret ({@code totpSecret}, RFC 4648 base32) that the registering administrator hands over.
 * By the operator, a regulator of the actor's jurisdiction, or a member administrator for the member's own users.
 */
public record RegisterUser(String userId, String actorId, UserRole role, String passwordHash, String totpSecret)
        implements Command, CarriesSecret {

    @Override
    public Command redacted() {
        return new RegisterUser(userId, actorId, role, REDACTED, totpSecret == null ? null : REDACTED);
    }
}
