package org.openets.compliance;

/**
 * One allowance trade offered to the window price, listed or block alike (DOMAIN §7: "all allowance trades in
 * it, listed and block"): when it executed (engine epoch millis), its price in fen and its quantity in tonnes.
 * Offset credits are not allowances and must not be passed in.
 */
public record WindowTrade(long executedAtMillis, long priceFen, long quantity) {

    public WindowTrade {
        ComplianceInputException.requirePositive("priceFen", WindowPrice.RULE, priceFen);
        ComplianceInputException.requirePositive("quantity", WindowPrice.RULE, quantity);
    }
}
