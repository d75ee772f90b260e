package org.openets.mrv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The emissions of one line. {@code exactTwelfths} is 12 × the exact t CO2 (the 44/12 ratio makes the exact
 * value a repeating decimal, twelve times it is finite), so totals can add exact values and round once.
 * {@code defaultsUsed} lists each factor taken from the library because no measurement was given.
 */
public record LineResult(String source, Kind kind, BigDecimal exactTwelfths, List<String> defaultsUsed) {

    public enum Kind { COMBUSTION, PURCHASED_ELECTRICITY, PURCHASED_HEAT, PROCESS }

    static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    public LineResult {
        defaultsUsed = List.copyOf(defaultsUsed);
    }

    /** t CO2 to 2 decimals, half-up, as the DOMAIN §6 worked example shows each line (e.g. 17,882.62 t). */
    public BigDecimal tonnes() {
        return exactTwelfths.divide(TWELVE, 2, RoundingMode.HALF_UP);
    }

    /** True when a default replaced a missing measurement (DOMAIN §6 "What OpenETS must do" 1). */
    public boolean flagged() {
        return !defaultsUsed.isEmpty();
    }
}
