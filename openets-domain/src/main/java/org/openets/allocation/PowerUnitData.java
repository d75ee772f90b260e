package org.openets.allocation;


/**
 * One generating unit's data for a year: class, net electricity supplied (MWh) and heat supplied (GJ) and load
 * factor F (a fraction, read for classes I and II) as decimal text, and its verified emissions.
 */
public record PowerUnitData(String unitId, PowerUnitClass unitClass, String electricityMwh, String heatGj,
                            String loadFactor, long verifiedTonnes) {
}
