package org.openets.auction;

import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Fields;

/** Checks shared by the auction handlers; each returns the rejection or null when the check passes. */
final class Refusals {

    private Refusals() {
    }

    static Rejection field(String field, String message) {
        return Rejection.of(RejectCode.INVALID_FIELD, field, AuctionRejects.FIELD_FORMAT, message);
    }

    static Rejection id(String value, String field) {
        return Fields.isId(value) ? null : field(field, field + " must be 1-64 letters, digits or . _ : -");
    }

    static Rejection range(long value, long max, String field) {
        return value > 0 && value <= max ? null : field(field, field + " must be 1 to " + max);
    }

    static Rejection regulator(Actor actor, String jurisdiction) {
        return actor != null && actor.isRegulatorOf(jurisdiction) ? null : Rejection.of(RejectCode.NOT_AUTHORISED,
                "actorId", AuctionRejects.REGULATOR_ONLY, "only a regulator of " + jurisdiction + " runs its auctions");
    }

    static Rejection unknownAuction() {
        return Rejection.of(AuctionRejects.UNKNOWN_AUCTION, "auctionId", AuctionRejects.AUCTION_KNOWN,
                "no auction with this id");
    }

    static Rejection open(Auction auction) {
        return auction.status == AuctionStatus.OPEN ? null : Rejection.of(AuctionRejects.AUCTION_NOT_OPEN,
                "auctionId", AuctionRejects.OPEN_ONLY, "the auction is " + auction.status);
    }

    static Rejection firstOf(Rejection... checks) {
        for (Rejection check : checks) {
            if (check != null) {
                return check;
            }
        }
        return null;
    }
}
