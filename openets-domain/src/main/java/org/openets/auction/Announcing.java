package org.openets.auction;

import java.util.List;
import org.openets.core.ApplyContext;
import org.openets.core.Position;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.registry.AccountType;
import org.openets.registry.RegistryRejects;
import org.openets.registry.SerialBlock;
import org.openets.registry.Settlement;
import org.openets.registry.UnitCode;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/**
 * The auction notice (DOMAIN §8): checks the terms, fixes the rulebook values in force on the notice's date
 * (lot, group cap, minimum cover, pro rata) and the reserve, and sets the supply aside in the auction account.
 */
final class Announcing {

    private final AuctionState state;
    private final Rulebook rulebook;
    private final Settlement registry;

    Announcing(AuctionState state, Rulebook rulebook, Settlement registry) {
        this.state = state;
        this.rulebook = rulebook;
        this.registry = registry;
    }

    Rejection announce(AnnounceAuction c, ApplyContext context) {
        long now = context.timestampMillis();
        Rejection invalid = Refusals.firstOf(checkFields(c, now), rulebook.knownJurisdiction(c.jurisdiction(),
                "jurisdiction"));
        if (invalid != null) {
            return invalid;
        }
        Rejection refused = Refusals.firstOf(Refusals.regulator(rulebook.actor(context.actorId()), c.jurisdiction()),
                state.auctions.containsKey(c.auctionId()) ? Rejection.of(AuctionRejects.DUPLICATE_ID, "auctionId",
                        AuctionRejects.AUCTION_ID_UNIQUE, "this auction id has been used before") : null,
                checkUnit(c), checkAccount(c));
        if (refused != null) {
            return refused;
        }
        long lot = rulebook.valueAt(Rule.AUC_LOT_TONNES, now);
        if (lot == 0 || c.volumeTonnes() % lot != 0) {
            return Rejection.of(AuctionRejects.NOT_WHOLE_LOTS, "volumeTonnes", Rule.AUC_LOT_TONNES.id(),
                    "supply is whole lots of " + lot + " t");
        }
        long cap = c.volumeTonnes() * rulebook.valueAt(Rule.AUC_BIDDER_CAP_BPS, now) / 10_000 / lot * lot;
        if (cap == 0) {
            return Rejection.of(AuctionRejects.GROUP_CAP_EXCEEDED, "volumeTonnes", Rule.AUC_BIDDER_CAP_BPS.id(),
                    "the group cap on this supply is less than one lot, so nobody could bid");
        }
        long reserve = c.reserveBasis() == ReserveBasis.EXPLICIT ? c.reservePriceFen()
                : state.listedPrices.reserveFen(c.unit(), Rulebook.epochDay(now));
        if (reserve == 0) {
            return Rejection.of(AuctionRejects.NO_MARKET_PRICE, "reserveBasis", AuctionRejects.RESERVE_FROM_MARKET,
                    "no listed trades in " + c.unit() + " in the 3 calendar months before this month");
        }
        List<SerialBlock> blocks = registry.moveWithin(c.auctionAccountId(), c.unit(), Position.AVAILABLE,
                Position.RESERVED, c.volumeTonnes());
        AuctionAnnounced announced = new AuctionAnnounced(c.auctionId(), c.jurisdiction(), c.unit(),
                c.auctionAccountId(), c.volumeTonnes(), c.reserveBasis(), reserve, c.windowOpensAtMillis(),
                c.windowClosesAtMillis(), lot, cap, rulebook.valueAt(Rule.AUC_MIN_COVER_BPS, now),
                rulebook.valueAt(Rule.AUC_PRO_RATA, now) == 1, blocks);
        state.auctions.put(c.auctionId(), new Auction(announced));
        context.emit(announced);
        return null;
    }

    private static Rejection checkFields(AnnounceAuction c, long now) {
        Rejection invalid = Refusals.firstOf(Refusals.id(c.auctionId(), "auctionId"),
                Refusals.id(c.unit(), "unit"), Refusals.id(c.auctionAccountId(), "auctionAccountId"),
                Refusals.range(c.volumeTonnes(), AuctionRejects.MAX_QUANTITY, "volumeTonnes"));
        if (invalid != null) {
            return invalid;
        }
        if (c.reserveBasis() == null) {
            return Refusals.field("reserveBasis", "reserveBasis must be EXPLICIT or LISTED_VWAP_3_MONTHS");
        }
        if (c.reserveBasis() == ReserveBasis.EXPLICIT) {
            invalid = Refusals.range(c.reservePriceFen(), AuctionRejects.MAX_PRICE_FEN, "reservePriceFen");
        } else if (c.reservePriceFen() != 0) {
            invalid = Refusals.field("reservePriceFen", "give 0 when the reserve comes from the listed market");
        }
        if (invalid != null) {
            return invalid;
        }
        if (c.windowOpensAtMillis() >= c.windowClosesAtMillis()) {
            return Rejection.of(RejectCode.INVALID_FIELD, "windowClosesAtMillis", AuctionRejects.BIDDING_WINDOW,
                    "the bidding window must close after it opens");
        }
        if (c.windowClosesAtMillis() <= now) {
            return Rejection.of(RejectCode.INVALID_FIELD, "windowClosesAtMillis", AuctionRejects.BIDDING_WINDOW,
                    "the bidding window has already closed");
        }
        return null;
    }

    /** The unit must be an allowance of the announcing jurisdiction. */
    private Rejection checkUnit(AnnounceAuction c) {
        String unified = rulebook.unifiedAuthority() == null ? null : rulebook.unifiedAuthority().code();
        UnitCode code = UnitCode.parse(c.unit(), unified);
        if (code == null) {
            return Rejection.of(RejectCode.INVALID_FIELD, "unit", RegistryRejects.UNIT_CODE, "not a unit code");
        }
        if (code.kind().isCredit() || !code.jurisdiction().equals(c.jurisdiction())) {
            return Rejection.of(AuctionRejects.NOT_AN_ALLOWANCE, "unit", AuctionRejects.ALLOWANCES_ONLY,
                    "a jurisdiction auctions its own allowances; " + c.unit() + " is not one of " + c.jurisdiction());
        }
        return null;
    }

    private Rejection checkAccount(AnnounceAuction c) {
        AccountType type = registry.type(c.auctionAccountId());
        if (type == null) {
            return Rejection.of(RegistryRejects.UNKNOWN_ACCOUNT, "auctionAccountId", RegistryRejects.ACCOUNT_KNOWN,
                    "no such registry account");
        }
        if (type != AccountType.AUCTION || !c.jurisdiction().equals(registry.jurisdiction(c.auctionAccountId()))) {
            return Rejection.of(AuctionRejects.NOT_AUCTION_ACCOUNT, "auctionAccountId", AuctionRejects.AUCTION_ACCOUNT,
                    "supply comes from an AUCTION account of " + c.jurisdiction());
        }
        if (registry.isFrozen(c.auctionAccountId())) {
            return Rejection.of(RegistryRejects.ACCOUNT_FROZEN, "auctionAccountId",
                    RegistryRejects.FROZEN_ACCOUNT_SENDS_NOTHING, "a frozen account sends nothing");
        }
        long available = registry.balance(c.auctionAccountId(), c.unit(), Position.AVAILABLE);
        if (available < c.volumeTonnes()) {
            return Rejection.of(RegistryRejects.INSUFFICIENT_UNITS, "volumeTonnes", RegistryRejects.AVAILABLE_ONLY,
                    "only " + available + " t available in " + c.auctionAccountId());
        }
        return null;
    }
}
