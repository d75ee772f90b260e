package org.openets.exchange;

import org.openets.core.Command;

/**
 * Admits a registry account to trading through member {@code memberId} (an actor with the member role): the
 * member's own account or a client's. Opens the funds account of the same id. The operator does this.
 */
public record RegisterTradingAccount(String accountId, String memberId) implements Command {
}
