package org.openets.mrv;

import java.util.SortedMap;

/**
 * Who is covered, from verified emissions (DOMAIN §1 "What OpenETS must do" 1). Thresholds are inclusive:
 * "≥ 26,000 tCO2e/yr" [MEE19 Art 8; N25], Chongqing "13,000 tCO2e or 5,000 tce" [ICAP25].
 */
public final class Classification {

    public static final String HISTORY_RULE = "MRV-EMISSIONS-HISTORY";

    /** Where an entity's emissions of a gas and sector are traded. */
    public enum Coverage { NATIONAL, CHONGQING, NONE }

    private final ClassificationThresholds thresholds;

    public Classification(ClassificationThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public boolean isKeyEmitter(long annualTonnes) {
        return nonNegative("annualTonnes", annualTonnes) >= thresholds.keyEmitterTonnes();
    }

    public boolean meetsChongqingThreshold(long annualTonnes, long annualEnergyTce) {
        return nonNegative("annualTonnes", annualTonnes) >= thresholds.chongqingTonnes()
                || nonNegative("annualEnergyTce", annualEnergyTce) >= thresholds.chongqingEnergyTce();
    }

    /**
     * Whether the entity is on the national list after {@code year}'s verified emissions. It joins in the first
     * year a covered sector reaches the threshold and leaves after {@code yearsBelowForRemoval} consecutive years
     * below it [MEE19 Art 8, 11; N25]. {@code verifiedTonnesByYear} must run without gaps up to {@code year}.
     */
    public boolean nationallyListed(Sector sector, SortedMap<Integer, Long> verifiedTonnesByYear, int year) {
        if (sector == null) {
            throw new MrvException("sector", HISTORY_RULE, "is missing");
        }
        if (verifiedTonnesByYear == null || !verifiedTonnesByYear.containsKey(year)) {
            throw new MrvException("verifiedTonnesByYear", HISTORY_RULE, "has no verified emissions for " + year);
        }
        if (!thresholds.nationalSectors().contains(sector)) {
            return false;
        }
        boolean listed = false;
        int yearsBelow = 0;
        Integer previous = null;
        for (var entry : verifiedTonnesByYear.headMap(year + 1).entrySet()) {
            if (previous != null && entry.getKey() != previous + 1) {
                throw new MrvException("verifiedTonnesByYear", HISTORY_RULE,
                        "no verified emissions between " + previous + " and " + entry.getKey());
            }
            previous = entry.getKey();
            if (isKeyEmitter(entry.getValue())) {
                listed = true;
                yearsBelow = 0;
            } else if (listed && ++yearsBelow >= thresholds.yearsBelowForRemoval()) {
                listed = false;
                yearsBelow = 0;
            }
        }
        return listed;
    }

    /**
     * National listing for a gas and sector excludes the same gas and sector from a regional market
     * [REG24 Art 29; S000 §2.1]; otherwise the Chongqing threshold decides.
     */
    public Coverage coverage(boolean nationallyListed, long annualTonnes, long annualEnergyTce) {
        if (nationallyListed) {
            return Coverage.NATIONAL;
        }
        return meetsChongqingThreshold(annualTonnes, annualEnergyTce) ? Coverage.CHONGQING : Coverage.NONE;
    }

    private static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new MrvException(field, HISTORY_RULE, value + " must not be negative");
        }
        return value;
    }
}
