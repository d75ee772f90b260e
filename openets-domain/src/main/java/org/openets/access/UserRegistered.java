package org.openets.access;

import org.openets.core.Event;

public record UserRegistered(String userId, String actorId, UserRole role, boolean secondFactor, String registeredBy)
        implements Event {
}
