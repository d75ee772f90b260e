package org.openets.rulebook;

import org.openets.core.Command;

/**
 * Registers who may send commands in which role, in a registered jurisdiction (by code). The operator and the
 * unified-market authority register anyone; a jurisdiction's regulator registers actors of its own
 * jurisdiction. An actor id is never reused.
 */
public record RegisterActor(String actorId, Role role, String jurisdiction) implements Command {
}
