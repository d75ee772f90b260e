package org.openets.rulebook;

import org.openets.core.Event;

public record ActorRegistered(String actorId, Role role, String jurisdiction, String registeredBy)
        implements Event {
}
