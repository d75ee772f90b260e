package org.openets.mrv;

import java.math.BigDecimal;

/**
 * One version of one emission factor: the value for {@code kind} and {@code key} (a fuel such as
 * {@code COAL_UNMEASURED}, or a grid such as {@code SC}) for report years {@code firstYear..lastYear}
 * inclusive, with its legal source tag and whether DOMAIN marks it unconfirmed (not verified in a reliable
 * text, so it must not be presented as law).
 */
public record EmissionFactor(FactorKind kind, String key, BigDecimal value, int firstYear, int lastYear,
                             String source, boolean unconfirmed) {

    public static final String RULE = "MRV-FACTOR-DEFINITION";
    /** Last year of a factor no later version has replaced yet. */
    public static final int OPEN_ENDED = 9999;

    public EmissionFactor {
        if (kind == null) {
            throw new MrvException("kind", RULE, "is missing");
        }
        if (key == null || key.isBlank()) {
            throw new MrvException("key", RULE, "is missing");
        }
        kind.checked(kind.name() + "/" + key, value);
        if (firstYear < 2000 || lastYear < firstYear || lastYear > OPEN_ENDED) {
            throw new MrvException("years", RULE, "years " + firstYear + ".." + lastYear + " are not a valid range");
        }
        if (source == null || source.isBlank()) {
            throw new MrvException("source", RULE, "every factor needs its legal source");
        }
    }

    public String unit() {
        return kind.unit();
    }

    public boolean validIn(int year) {
        return firstYear <= year && year <= lastYear;
    }
}
