package org.openets.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A jurisdiction's cap split into free, auctioned and reserved units [DOMAIN §9, §17]: the reserve is
 * ⌊cap × reserve share⌋, free allocation is given, the rest is auctioned; the three always add up to the cap.
 *
 * @param capTonnes the cap
 * @param freeTonnes free allocation
 * @param auctionedTonnes cap − free − reserved
 * @param reservedTonnes ⌊cap × share⌋
 */
public record CapSplit(long capTonnes, long freeTonnes, long auctionedTonnes, long reservedTonnes) {

    /** Reserve share per jurisdiction, our default after Chongqing's 5 % [e.ccement.com; DOMAIN §9]. */
    public static final BigDecimal DEFAULT_RESERVE_SHARE = new BigDecimal("0.05");

    /** Splits a cap; free allocation that leaves no room for the reserve is rejected. */
    public static CapSplit of(long capTonnes, long freeTonnes, BigDecimal reserveShare) {
        Shares.requireNonNegative(capTonnes, "capTonnes", AllocationRuleIds.CAP_SPLIT);
        Shares.requireNonNegative(freeTonnes, "freeTonnes", AllocationRuleIds.CAP_SPLIT);
        Shares.requireFraction(reserveShare, "reserveShare", AllocationRuleIds.CAP_SPLIT);
        long reserved = reserveVolume(capTonnes, reserveShare);
        long available = capTonnes - reserved;
        AllocationInputException.require(freeTonnes <= available, "freeTonnes", AllocationRuleIds.CAP_SPLIT,
                "free allocation of " + freeTonnes + " t exceeds the cap less the reserve, " + available + " t");
        return new CapSplit(capTonnes, freeTonnes, available - freeTonnes, reserved);
    }

    /** Reserve volume, floored [DOMAIN §17 "reserve volume floored"]. */
    public static long reserveVolume(long capTonnes, BigDecimal reserveShare) {
        return BigDecimal.valueOf(capTonnes).multiply(reserveShare).setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
