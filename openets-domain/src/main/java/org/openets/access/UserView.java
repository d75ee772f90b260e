package org.openets.access;

/**
 * A user as the gateways need it to authenticate: the stored password hash and TOTP secret are here because
 * only the gateway can check them (a hash needs the password, a TOTP code needs the time).
 */
public record UserView(String userId, String actorId, UserRole role, String jurisdiction, boolean active,
                       String passwordHash, String totpSecret, long registeredAtMillis) {

    public boolean secondFactorEnrolled() {
        return totpSecret != null;
    }
}
