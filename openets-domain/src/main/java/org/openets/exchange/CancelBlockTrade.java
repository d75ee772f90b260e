package org.openets.exchange;

import org.openets.core.Command;

/** The proposer withdraws, or the counterparty declines, an unconfirmed block proposal. */
public record CancelBlockTrade(String blockId, String reason) implements Command {
}
