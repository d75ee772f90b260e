package org.openets.compliance;

import org.openets.core.Event;

/**
 * An entity short at the close of its compliance year [REG24 Art 24; DOMAIN §7]: obligation, what it surrendered,
 * the shortfall, the window price and the fine range (shortfall × price × the rulebook's lowest and highest
 * multiple), and the tonnes to deduct from the next year's allocation (0 when deduction is off).
 */
public record ShortfallAssessed(String entityId, int year, String jurisdiction, long obligationTonnes,
                                long surrenderedTonnes, long shortfallTonnes, long windowPriceFen, long minMultiple,
                                long maxMultiple, long minFineFen, long maxFineFen, long deductionTonnes,
                                String decision) implements Event {
}
