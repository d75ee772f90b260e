package org.openets.auction;

import org.openets.clearing.Clearing;
import org.openets.clearing.ClearingRejects;
import org.openets.clearing.FundsAccount;
import org.openets.core.ApplyContext;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.exchange.Exchange;
import org.openets.exchange.ExchangeRejects;
import org.openets.exchange.RestrictionReason;
import org.openets.exchange.TradingAccountView;
import org.openets.registry.Settlement;
import org.openets.rulebook.Rule;

/**
 * Sealed bids (DOMAIN §8, "validate bids in the window: lot multiple, ≥ reserve, guarantee funded, group
 * limit"). A bidder bids through an account admitted to trading, sent by its member, under the exchange's
 * restrictions; the guarantee, price × quantity, is reserved at once (full pre-funding, DOMAIN §2). A bid that
 * would take its corporate group above the cap is rejected, so the earlier bids stand (DOMAIN §17).
 */
final class Bidding {

    private final AuctionState state;
    private final Settlement registry;
    private final Clearing clearing;
    private final Exchange exchange;

    Bidding(AuctionState state, Settlement registry, Clearing clearing, Exchange exchange) {
        this.state = state;
        this.registry = registry;
        this.clearing = clearing;
        this.exchange = exchange;
    }

    Rejection submit(SubmitBid c, ApplyContext context) {
        Rejection invalid = Refusals.firstOf(Refusals.id(c.auctionId(), "auctionId"), Refusals.id(c.bidId(), "bidId"),
                Refusals.id(c.accountId(), "accountId"),
                Refusals.range(c.priceFen(), AuctionRejects.MAX_PRICE_FEN, "priceFen"),
                Refusals.range(c.quantity(), AuctionRejects.MAX_QUANTITY, "quantity"));
        if (invalid != null) {
            return invalid;
        }
        Auction auction = state.auctions.get(c.auctionId());
        if (auction == null) {
            return Refusals.unknownAuction();
        }
        long now = context.timestampMillis();
        Rejection refused = Refusals.firstOf(Refusals.open(auction), checkWindow(auction, now),
                auction.bidsById.containsKey(c.bidId()) ? Rejection.of(AuctionRejects.DUPLICATE_ID, "bidId",
                        AuctionRejects.BID_ID_UNIQUE, "this auction already has a bid with this id") : null);
        if (refused != null) {
            return refused;
        }
        TradingAccountView bidder = exchange.tradingAccount(c.accountId(), now);
        FundsAccount funds = clearing.account(c.accountId());
        refused = bidder == null || funds == null ? Rejection.of(AuctionRejects.BIDDER_NOT_ADMITTED, "accountId",
                AuctionRejects.BIDDER_ADMITTED, "bids come from an account registered for trading")
                : checkBidder(bidder, context.actorId());
        if (refused != null) {
            return refused;
        }
        refused = checkBid(auction, c, bidder.ownerId(), funds);
        if (refused != null) {
            return refused;
        }
        long guarantee = c.priceFen() * c.quantity();
        clearing.reserve(funds, guarantee);
        auction.add(new Bid(c.bidId(), c.accountId(), bidder.ownerId(), c.priceFen(), c.quantity(), guarantee));
        context.emit(new BidSubmitted(c.auctionId(), c.bidId(), c.accountId(), bidder.ownerId(), c.priceFen(),
                c.quantity(), guarantee));
        return null;
    }

    private static Rejection checkWindow(Auction auction, long now) {
        return now >= auction.windowOpensAtMillis && now < auction.windowClosesAtMillis ? null : Rejection.of(
                AuctionRejects.OUTSIDE_BIDDING_WINDOW, "auctionId", AuctionRejects.BIDDING_WINDOW,
                "bids are taken from " + auction.windowOpensAtMillis + " until " + auction.windowClosesAtMillis);
    }

    /** The exchange's rules on who may trade apply to bidding: its member sends it, no staff, no key emitter. */
    private Rejection checkBidder(TradingAccountView bidder, String actorId) {
        if (!actorId.equals(bidder.memberId())) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", ExchangeRejects.MEMBER_ONLY,
                    "only the account's member may bid for it");
        }
        if (exchange.isRestricted(bidder.ownerId(), RestrictionReason.STAFF)) {
            return Rejection.of(AuctionRejects.BIDDER_NOT_ADMITTED, "accountId", ExchangeRejects.STAFF_NO_TRADING,
                    "staff of a regulator, the registry, the exchange or a verifier may not trade (REG24 Art 7)");
        }
        if (exchange.isRestricted(bidder.ownerId(), RestrictionReason.KEY_EMITTER)) {
            return Rejection.of(AuctionRejects.BIDDER_NOT_ADMITTED, "accountId", ExchangeRejects.KEY_EMITTER_NATIONAL,
                    "a key emitter on the national list trades on the national market");
        }
        if (registry.isFrozen(bidder.accountId())) {
            return Rejection.of(AuctionRejects.BIDDER_NOT_ADMITTED, "accountId", ExchangeRejects.FROZEN_ACCOUNT,
                    "a frozen account may not trade");
        }
        return null;
    }

    private static Rejection checkBid(Auction auction, SubmitBid c, String groupId, FundsAccount funds) {
        if (c.quantity() % auction.lotTonnes != 0) {
            return Rejection.of(AuctionRejects.NOT_WHOLE_LOTS, "quantity", Rule.AUC_LOT_TONNES.id(),
                    "bids are whole lots of " + auction.lotTonnes + " t");
        }
        if (c.priceFen() < auction.reservePriceFen) {
            return Rejection.of(AuctionRejects.PRICE_BELOW_RESERVE, "priceFen", AuctionRejects.RESERVE_PRICE,
                    "the reserve price is " + auction.reservePriceFen + " fen");
        }
        long groupTonnes = auction.groupTonnes(groupId);
        if (c.quantity() > auction.groupCapTonnes - groupTonnes) {
            return Rejection.of(AuctionRejects.GROUP_CAP_EXCEEDED, "quantity", Rule.AUC_BIDDER_CAP_BPS.id(),
                    "group " + groupId + " has bid " + groupTonnes + " t of its cap of " + auction.groupCapTonnes);
        }
        if (c.quantity() > ClearingRejects.MAX_AMOUNT_FEN / c.priceFen()) {
            return Rejection.of(RejectCode.INVALID_FIELD, "quantity", ClearingRejects.AMOUNT_RANGE,
                    "price × quantity must not exceed " + ClearingRejects.MAX_AMOUNT_FEN + " fen");
        }
        long guarantee = c.priceFen() * c.quantity();
        if (guarantee > funds.availableFen()) {
            return Rejection.of(ClearingRejects.INSUFFICIENT_FUNDS, "priceFen", ClearingRejects.FULL_PRE_FUNDING,
                    "the guarantee is " + guarantee + " fen; the account has " + funds.availableFen() + " available");
        }
        return null;
    }
}
