package org.openets.mrv;

import org.openets.core.Event;

public record InstallationRegistered(String installationId, String entityId, String name, String facilityType,
                                     String capacity) implements Event {
}
