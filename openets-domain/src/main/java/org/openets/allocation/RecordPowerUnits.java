package org.openets.allocation;

import java.util.List;
import org.openets.core.Command;

/** A regulator records a power entity's per-unit data of {@code year}; a later record replaces the earlier one. */
public record RecordPowerUnits(String entityId, int year, List<PowerUnitData> units) implements Command {
}
