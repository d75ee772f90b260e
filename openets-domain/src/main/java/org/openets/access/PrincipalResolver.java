package org.openets.access;

/**
 * Maps the sender named on an envelope to the actor whose authority the command is checked against: a
 * registered user acts for its actor; any other name is an actor acting directly (the scheduler, FIX members).
 */
public interface PrincipalResolver {

    /** The actor {@code senderId} acts for, or null when it is a suspended user, who may not act at all. */
    String actorFor(String senderId);
}
