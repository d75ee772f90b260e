package org.openets.core;

/**
 * A change of one funds account's money in one state, in fen. The read model keeps funds balances by summing
 * these, as it does units with {@link Movement}.
 */
public record FundsMovement(String accountId, FundsState state, long deltaFen) {
}
