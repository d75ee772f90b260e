package org.openets.clearing;

/**
 * One funds account in fen (DOMAIN §3): available money, money reserved for open buy orders and bids, and
 * the part of available money that is today's sale proceeds, usable at once but withdrawable only from the
 * next day. Mutated only through {@link Clearing}'s methods, by the exchange on the engine thread.
 */
public final class FundsAccount {

    final String accountId;
    long availableFen;
    long reservedFen;
    long proceedsFen;
    /** The CST epoch day of {@link #proceedsFen}; proceeds of an earlier day are withdrawable. */
    long proceedsDay;

    FundsAccount(String accountId) {
        this.accountId = accountId;
    }

    public String accountId() {
        return accountId;
    }

    public long availableFen() {
        return availableFen;
    }

    public long reservedFen() {
        return reservedFen;
    }

    /** Available money less the proceeds received on {@code epochDay}. */
    public long withdrawableFen(long epochDay) {
        long locked = proceedsDay == epochDay ? proceedsFen : 0;
        return Math.max(0, availableFen - locked);
    }
}
