package org.openets.store;

import org.openets.core.Position;

/** A balance on which the journal and the read model disagree, with both quantities. */
public record BalanceDifference(String accountId, String unit, Position position, long journalTonnes,
                                long readModelTonnes) {
}
