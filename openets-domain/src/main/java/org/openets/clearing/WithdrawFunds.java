package org.openets.clearing;

import org.openets.core.Command;

/** Pays money out of a funds account; only money that is available and not today's sale proceeds. */
public record WithdrawFunds(String accountId, long amountFen, String reference) implements Command {
}
