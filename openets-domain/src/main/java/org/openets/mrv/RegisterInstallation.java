package org.openets.mrv;

import org.openets.core.Command;

/** A regulator of the entity's jurisdiction records one of its installations; capacity is free text ("2 × 660 MW"). */
public record RegisterInstallation(String installationId, String entityId, String name, String facilityType,
                                   String capacity) implements Command {
}
