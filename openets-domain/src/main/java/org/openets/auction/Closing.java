package org.openets.auction;

import java.util.ArrayList;
import java.util.List;
import org.openets.clearing.Clearing;
import org.openets.clearing.FundsAccount;
import org.openets.core.ApplyContext;
import org.openets.core.Position;
import org.openets.core.Rejection;
import org.openets.registry.SerialBlock;
import org.openets.registry.Settlement;
import org.openets.rulebook.Fields;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/**
 * The end of an auction (DOMAIN §8): the close clears it at a uniform price, or cancels it when valid bids cover
 * less than {@code AUC-MIN-COVER-BPS} of supply; the regulator may cancel it before the close. Awards settle
 * T+1 from the jurisdiction's auction account ({@code AUC-SETTLEMENT-WORKING-DAYS} registry working days after
 * the close, at {@code AUC-SETTLEMENT-MINUTE}; 0 days settles at the close), proceeds to its fiscal account.
 * Bids below the reserve are refused at entry, so the clearing price can never fall below it.
 */
final class Closing {

    private final AuctionState state;
    private final Rulebook rulebook;
    private final Settlement registry;
    private final Clearing clearing;

    Closing(AuctionState state, Rulebook rulebook, Settlement registry, Clearing clearing) {
        this.state = state;
        this.rulebook = rulebook;
        this.registry = registry;
        this.clearing = clearing;
    }

    Rejection close(CloseAuction c, ApplyContext context) {
        Auction auction = state.auctions.get(c.auctionId());
        Rejection refused = checkEnd(c.auctionId(), auction, context);
        if (refused != null) {
            return refused;
        }
        long now = context.timestampMillis();
        if (now < auction.windowClosesAtMillis) {
            return Rejection.of(AuctionRejects.WINDOW_NOT_CLOSED, "auctionId", AuctionRejects.CLOSE_AFTER_WINDOW,
                    "the bidding window closes at " + auction.windowClosesAtMillis);
        }
        long valid = auction.validBidTonnes();
        long cover = auction.coverBps(valid);
        if (valid == 0 || cover < auction.minCoverBps) {
            auction.result = new AuctionResult(0, 0, auction.volumeTonnes, valid, cover, c.seed(), List.of(), 0, 0);
            cancel(auction, AuctionCancelReason.UNDERSUBSCRIBED, "valid bids cover " + cover
                    + " bps of supply; the minimum is " + auction.minCoverBps + " bps", context);
            return null;
        }
        // Everything that can overflow is computed before anything changes.
        UniformPrice.Result cleared = UniformPrice.clear(auction.bids, auction.volumeTonnes, auction.lotTonnes,
                auction.proRata, c.seed());
        long[] payments = new long[auction.bids.size()];
        long proceedsChecked = 0;
        for (int i = 0; i < payments.length; i++) {
            payments[i] = Math.multiplyExact(cleared.clearingPriceFen(), cleared.awarded()[i]);
            proceedsChecked = Math.addExact(proceedsChecked, payments[i]);
        }
        long settlesAt = settlementTime(now);
        apply(auction, cleared, payments, valid, cover, c.seed(), settlesAt, context);
        if (settlesAt <= now) {
            settle(auction, context);
        } else {
            state.settlements.add(new AuctionState.Due(settlesAt, auction.auctionId));
        }
        return null;
    }

    private void apply(Auction auction, UniformPrice.Result cleared, long[] payments, long valid, long cover,
                       long seed, long settlesAt, ApplyContext context) {
        long unsold = auction.volumeTonnes - cleared.soldTonnes();
        List<SerialBlock> unsoldBlocks = unsold == 0 ? List.of() : registry.moveWithin(auction.auctionAccountId,
                auction.unit, Position.RESERVED, Position.AVAILABLE, unsold);
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < payments.length; i++) {
            Bid bid = auction.bids.get(i);
            bid.awardedTonnes = cleared.awarded()[i];
            bid.paymentFen = payments[i];
            long released = bid.reservedFen - bid.paymentFen;
            if (released != 0) {
                clearing.release(clearing.account(bid.accountId), released);
            }
            allocations.add(bid.allocation());
        }
        auction.status = AuctionStatus.CLEARED;
        auction.result = new AuctionResult(cleared.clearingPriceFen(), cleared.soldTonnes(), unsold, valid, cover,
                seed, cleared.tieOrder(), settlesAt, 0);
        context.emit(new AuctionCleared(auction.auctionId, auction.unit, auction.auctionAccountId,
                cleared.clearingPriceFen(), cleared.soldTonnes(), unsold, valid, cover, seed, cleared.tieOrder(),
                List.copyOf(allocations), unsoldBlocks, settlesAt));
    }

    /** T+1 by default (eex.com, DOMAIN §8): the settlement minute of the n-th registry working day after. */
    private long settlementTime(long now) {
        long days = rulebook.valueAt(Rule.AUC_SETTLEMENT_WORKING_DAYS, now);
        if (days == 0) {
            return now;
        }
        long day = rulebook.calendar().workingDayAfter(Rulebook.epochDay(now), (int) days);
        return Rulebook.epochMillisAt(day, (int) rulebook.valueAt(Rule.AUC_SETTLEMENT_MINUTE, now));
    }

    Rejection cancelByRegulator(CancelAuction c, ApplyContext context) {
        if (!Fields.isText(c.reason())) {
            return Refusals.field("reason", "reason must be 1-" + Fields.MAX_TEXT_LENGTH + " characters");
        }
        Auction auction = state.auctions.get(c.auctionId());
        Rejection refused = checkEnd(c.auctionId(), auction, context);
        if (refused != null) {
            return refused;
        }
        cancel(auction, AuctionCancelReason.BY_REGULATOR, c.reason(), context);
        return null;
    }

    private Rejection checkEnd(String auctionId, Auction auction, ApplyContext context) {
        Rejection invalid = Refusals.id(auctionId, "auctionId");
        if (invalid != null) {
            return invalid;
        }
        if (auction == null) {
            return Refusals.unknownAuction();
        }
        return Refusals.firstOf(Refusals.regulator(rulebook.actor(context.actorId()), auction.jurisdiction),
                Refusals.open(auction));
    }

    /** Supply back to available in the auction account, to be carried forward; every guarantee released. */
    private void cancel(Auction auction, AuctionCancelReason reason, String note, ApplyContext context) {
        long valid = auction.validBidTonnes();
        long cover = auction.coverBps(valid);
        List<SerialBlock> blocks = registry.moveWithin(auction.auctionAccountId, auction.unit, Position.RESERVED,
                Position.AVAILABLE, auction.volumeTonnes);
        List<BidRelease> releases = new ArrayList<>();
        for (Bid bid : auction.bids) {
            clearing.release(clearing.account(bid.accountId), bid.reservedFen);
            releases.add(new BidRelease(bid.bidId, bid.accountId, bid.reservedFen));
        }
        auction.status = AuctionStatus.CANCELLED;
        auction.cancelReason = reason;
        context.emit(new AuctionCancelled(auction.auctionId, auction.unit, auction.auctionAccountId, reason, note,
                auction.volumeTonnes, valid, cover, List.copyOf(releases), blocks));
    }

    /**
     * Delivery versus payment for every award, in submission order, then the proceeds report. The awards are
     * final at the close, so a freeze since then does not stop them: the units were set aside before it.
     */
    void settle(Auction auction, ApplyContext context) {
        String fiscalAccountId = Clearing.fiscalAccount(auction.jurisdiction);
        FundsAccount fiscal = clearing.fiscal(auction.jurisdiction);
        long day = Rulebook.epochDay(context.timestampMillis());
        long proceeds = 0;
        for (Bid bid : auction.bids) {
            if (bid.awardedTonnes == 0) {
                continue;
            }
            List<SerialBlock> blocks = registry.deliver(auction.auctionAccountId, Position.RESERVED, bid.accountId,
                    Position.AVAILABLE, auction.unit, bid.awardedTonnes);
            clearing.pay(clearing.account(bid.accountId), bid.paymentFen);
            clearing.credit(fiscal, bid.paymentFen, day);
            proceeds += bid.paymentFen;
            context.emit(new BidAwarded(auction.auctionId, bid.bidId, bid.accountId, auction.unit,
                    auction.auctionAccountId, fiscalAccountId, bid.awardedTonnes, auction.result.clearingPriceFen(),
                    bid.paymentFen, blocks));
        }
        AuctionResult r = auction.result;
        auction.result = new AuctionResult(r.clearingPriceFen(), r.soldTonnes(), r.unsoldTonnes(), r.validBidTonnes(),
                r.coverBps(), r.seed(), r.tieOrder(), r.settlesAtMillis(), proceeds);
        auction.status = AuctionStatus.SETTLED;
        context.emit(new AuctionSettled(auction.auctionId, auction.jurisdiction, fiscalAccountId,
                r.clearingPriceFen(), r.soldTonnes(), r.coverBps(), proceeds));
    }
}
