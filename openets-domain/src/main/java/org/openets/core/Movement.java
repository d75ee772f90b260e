package org.openets.core;

/**
 * A change of one account's quantity of one unit type in one position, in tonnes. The read model keeps
 * balances by summing movements, and reconciliation recomputes them from the journal.
 */
public record Movement(String accountId, String unit, Position position, long deltaTonnes) {
}
