package org.openets.access;

import org.openets.core.Event;

public record ApiKeyIssued(String keyId, String userId, String label, String issuedBy) implements Event {
}
