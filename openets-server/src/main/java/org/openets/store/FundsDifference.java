package org.openets.store;

import org.openets.core.FundsState;

/** A funds balance on which the journal and the read model disagree, with both amounts in fen. */
public record FundsDifference(String accountId, FundsState state, long journalFen, long readModelFen) {
}
