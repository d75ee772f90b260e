package org.openets.clearing;

import org.openets.core.Command;

/** The settlement bank has received money for a funds account: the exchange operator credits it. */
public record DepositFunds(String accountId, long amountFen, String reference) implements Command {
}
