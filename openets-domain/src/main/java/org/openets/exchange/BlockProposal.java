package org.openets.exchange;

/** An unconfirmed block proposal: the proposer's side held as an order outside the book. */
record BlockProposal(String blockId, Order proposer, TradingAccount counterparty) {
}
