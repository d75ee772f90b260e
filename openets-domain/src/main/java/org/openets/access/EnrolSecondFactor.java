package org.openets.access;

import org.openets.core.Command;

/**
 * Replaces the user's TOTP secret. By the user only: the gateway first checks a code of the new secret, so that
 * nobody is left with a secret their authenticator does not hold.
 */
public record EnrolSecondFactor(String userId, String totpSecret) implements Command, CarriesSecret {

    @Override
    public Command redacted() {
        return new EnrolSecondFactor(userId, REDACTED);
    }
}
