package org.openets.clearing;

/**
 * Trading fees (DOMAIN §3, our default): basis points of trade value, rounded half-up to the fen. An order's
 * fee is charged on its cumulative value, each fill paying the difference, so that the sum of an order's fees
 * equals the fee on its whole value whatever the number of fills, and never exceeds what was reserved.
 */
public final class Fees {

    private Fees() {
    }

    public static long fee(long valueFen, long bps) {
        if (bps == 0) {
            return 0;
        }
        long scaled = Math.multiplyExact(valueFen, bps);
        return scaled / 10_000 + (scaled % 10_000 >= 5_000 ? 1 : 0);
    }

    /** The fee of a fill worth {@code fillValueFen} of an order that has already filled {@code filledValueFen}. */
    public static long feeOfFill(long filledValueFen, long fillValueFen, long bps) {
        return fee(filledValueFen + fillValueFen, bps) - fee(filledValueFen, bps);
    }
}
