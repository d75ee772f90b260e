package org.openets.security;

import org.openets.access.UserRole;

/**
 * Who an authenticated request comes from: the signed-in user, the registered actor it acts for (whose
 * authority the engine checks), the user's role and the actor's jurisdiction.
 */
public record Principal(String userId, String actorId, UserRole role, String jurisdiction) {
}
