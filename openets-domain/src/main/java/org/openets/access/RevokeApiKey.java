package org.openets.access;

import org.openets.core.Command;

/** Revokes an API key for good: by its user or whoever may administer the user. */
public record RevokeApiKey(String keyId) implements Command {
}
