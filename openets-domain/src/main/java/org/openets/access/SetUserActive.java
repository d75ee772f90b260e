package org.openets.access;

import org.openets.core.Command;

/** Suspends or reinstates a user: a suspended user's tokens and keys stop working and its commands are refused. */
public record SetUserActive(String userId, boolean active, String reason) implements Command {
}
