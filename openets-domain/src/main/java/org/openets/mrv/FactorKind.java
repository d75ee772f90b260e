package org.openets.mrv;

import java.math.BigDecimal;

/**
 * Kinds of emission factor, each with its unit and physical bounds (inclusive). The bounds are our default
 * (DOMAIN §17 "our readings"): wide enough for every fuel and grid in the guidance, narrow enough to catch a
 * value typed in the wrong unit (kgC instead of tC, a percentage instead of a fraction). A value outside
 * them is rejected with {@link #BOUNDS_RULE}.
 */
public enum FactorKind {
    /** Net calorific value, GJ per t (solid/liquid) or per 10⁴ Nm³ (gas, about 389 for natural gas). */
    NET_CALORIFIC_VALUE("GJ/unit", "0", "1000", false),
    /** Carbon content per unit of energy; coal is about 0.026, the unmeasured-coal default 0.03085 [CETS-AG-01.01]. */
    CARBON_CONTENT("tC/GJ", "0", "0.05", false),
    /** Share of the carbon oxidised, a fraction (not a percentage). */
    OXIDATION("fraction", "0", "1", true),
    /** Grid emission factor of purchased electricity [GF23]. */
    GRID_ELECTRICITY("tCO2/MWh", "0", "2", true),
    /** Emission factor of purchased heat. */
    PURCHASED_HEAT("tCO2/GJ", "0", "1", true),
    /** Process emission factor per unit of activity (e.g. t CO2 per t clinker or carbonate). */
    PROCESS("tCO2/unit", "0", "10", true);

    public static final String BOUNDS_RULE = "MRV-FACTOR-BOUNDS";

    private final String unit;
    private final BigDecimal lowerBound;
    private final BigDecimal upperBound;
    /** Whether the lower bound itself is allowed: a zero-carbon grid is possible, a zero calorific value is not. */
    private final boolean lowerBoundAllowed;

    FactorKind(String unit, String lowerBound, String upperBound, boolean lowerBoundAllowed) {
        this.unit = unit;
        this.lowerBound = new BigDecimal(lowerBound);
        this.upperBound = new BigDecimal(upperBound);
        this.lowerBoundAllowed = lowerBoundAllowed;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal lowerBound() {
        return lowerBound;
    }

    public BigDecimal upperBound() {
        return upperBound;
    }

    /** Throws {@link MrvException} naming {@code field} and {@link #BOUNDS_RULE} unless the value is physically plausible. */
    public BigDecimal checked(String field, BigDecimal value) {
        if (value == null) {
            throw new MrvException(field, BOUNDS_RULE, "is missing");
        }
        int low = value.compareTo(lowerBound);
        if (low < 0 || (low == 0 && !lowerBoundAllowed) || value.compareTo(upperBound) > 0) {
            throw new MrvException(field, BOUNDS_RULE, value.toPlainString() + " " + unit + " is outside "
                    + (lowerBoundAllowed ? "[" : "(") + lowerBound.toPlainString() + ", " + upperBound.toPlainString() + "]");
        }
        return value;
    }
}
