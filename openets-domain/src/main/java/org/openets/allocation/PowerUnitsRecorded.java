package org.openets.allocation;

import java.util.List;
import org.openets.core.Event;

/** A power entity's per-unit data of a year, as recorded by the regulator; replaces earlier data. */
public record PowerUnitsRecorded(String entityId, int year, List<PowerUnitData> units, long verifiedTonnes)
        implements Event {
}
