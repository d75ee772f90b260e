package org.openets.access;

import org.openets.core.Event;

public record ApiKeyRevoked(String keyId, String userId, String revokedBy) implements Event {
}
