package org.openets.exchange;

import org.openets.core.Command;

/** The counterparty's member accepts a block proposal; it settles at once like a trade. */
public record ConfirmBlockTrade(String blockId) implements Command {
}
