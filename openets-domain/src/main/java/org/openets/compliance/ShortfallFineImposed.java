package org.openets.compliance;

import org.openets.core.Event;

/** The fine chosen for an assessed shortfall: shortfall × window price × multiple, half-up to the fen. */
public record ShortfallFineImposed(String entityId, int year, long shortfallTonnes, long windowPriceFen,
                                   String multiple, long fineFen, String imposedBy) implements Event {
}
