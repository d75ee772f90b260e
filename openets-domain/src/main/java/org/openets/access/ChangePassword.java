package org.openets.access;

import org.openets.core.Command;

/** Sets a user's password hash: by the user, or by whoever may administer the user (a reset). */
public record ChangePassword(String userId, String passwordHash) implements Command, CarriesSecret {

    @Override
    public Command redacted() {
        return new ChangePassword(userId, REDACTED);
    }
}
