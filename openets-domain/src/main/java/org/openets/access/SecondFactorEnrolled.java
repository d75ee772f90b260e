package org.openets.access;

import org.openets.core.Event;

public record SecondFactorEnrolled(String userId) implements Event {
}
