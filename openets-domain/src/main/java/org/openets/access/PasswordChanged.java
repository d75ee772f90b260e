package org.openets.access;

import org.openets.core.Event;

public record PasswordChanged(String userId, String changedBy) implements Event {
}
