package org.openets.registry;

import org.openets.core.Command;

/** Pledges available units to a named lender under {@code lockId}; by a representative. */
public record LockUnits(String lockId, String accountId, String unit, long quantity, String lender) implements Command {
}
