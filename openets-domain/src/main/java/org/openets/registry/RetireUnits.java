package org.openets.registry;

import org.openets.core.Command;

/** Retires units on behalf of {@code beneficiary}; blocks, beneficiary and reason stay on record. */
public record RetireUnits(String accountId, String unit, long quantity, String beneficiary, String reason) implements Command {
}
