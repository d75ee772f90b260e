package org.openets.exchange;

import org.openets.core.Command;

/**
 * Block agreement (大宗协议, DOMAIN §2): one party's member proposes price and quantity (at least the block
 * minimum) to a named counterparty account; the proposer's money or units are reserved until the counterparty
 * confirms, either side cancels, or the day closes.
 */
public record ProposeBlockTrade(String blockId, String accountId, String counterpartyAccountId, String symbol,
                                Side side, long priceFen, long quantity) implements Command {
}
