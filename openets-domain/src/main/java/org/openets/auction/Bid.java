package org.openets.auction;

/** One valid sealed bid; its award and payment are set at the close. */
final class Bid {

    final String bidId;
    final String accountId;
    /** The corporate group: the registry holder of the bidding account. */
    final String groupId;
    final long priceFen;
    final long quantity;
    /** The guarantee reserved at entry, price × quantity. */
    final long reservedFen;
    long awardedTonnes;
    long paymentFen;

    Bid(String bidId, String accountId, String groupId, long priceFen, long quantity, long reservedFen) {
        this.bidId = bidId;
        this.accountId = accountId;
        this.groupId = groupId;
        this.priceFen = priceFen;
        this.quantity = quantity;
        this.reservedFen = reservedFen;
    }

    Allocation allocation() {
        return new Allocation(bidId, accountId, priceFen, quantity, awardedTonnes, paymentFen,
                reservedFen - paymentFen);
    }
}
