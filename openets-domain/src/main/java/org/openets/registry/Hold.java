package org.openets.registry;

import java.util.List;

/**
 * A pledge (lock) or a regulator's freeze of particular serials: {@code party} is the lender or the reason.
 * Releasing it returns exactly these blocks to available.
 */
record Hold(String holdId, String accountId, String unit, long quantity, String party, List<SerialBlock> blocks) {
}
