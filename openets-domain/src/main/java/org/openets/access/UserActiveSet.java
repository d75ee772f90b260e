package org.openets.access;

import org.openets.core.Event;

public record UserActiveSet(String userId, boolean active, String reason, String setBy) implements Event {
}
