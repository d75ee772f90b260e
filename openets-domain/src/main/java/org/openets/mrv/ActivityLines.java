package org.openets.mrv;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Turns journal-form {@link ActivityLine}s into calculator lines, naming the field of any malformed decimal. */
final class ActivityLines {

    static final String DECIMAL_RULE = "MRV-DECIMAL-FORMAT";
    /** Longest decimal text taken; longer input is refused before BigDecimal parses it. */
    private static final int MAX_DECIMAL_CHARS = 40;
    /** Compiled once: this runs for every decimal of every report line. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private ActivityLines() {
    }

    static EmissionLine parse(String field, ActivityLine line) {
        if (line == null || line.kind() == null) {
            throw new MrvException(field + ".kind", EmissionCalculator.ACTIVITY_RULE, "is missing");
        }
        String key = line.key() == null || line.key().isBlank() ? null : line.key();
        BigDecimal quantity = required(field + ".quantity", line.quantity());
        return switch (line.kind()) {
            case COMBUSTION -> new EmissionLine.Combustion(line.source(), key, quantity,
                    optional(field + ".measuredNetCalorificValue", line.measuredNetCalorificValue()),
                    optional(field + ".measuredCarbonContent", line.measuredCarbonContent()),
                    optional(field + ".measuredOxidation", line.measuredOxidation()));
            case PURCHASED_ELECTRICITY -> new EmissionLine.PurchasedElectricity(line.source(),
                    requiredKey(field, key), quantity);
            case PURCHASED_HEAT -> new EmissionLine.PurchasedHeat(line.source(), requiredKey(field, key), quantity);
            case PROCESS -> new EmissionLine.Process(line.source(), key, quantity,
                    optional(field + ".measuredFactor", line.measuredFactor()));
        };
    }

    private static String requiredKey(String field, String key) {
        if (key == null) {
            throw new MrvException(field + ".key", EmissionCalculator.ACTIVITY_RULE, "names the grid or heat factor");
        }
        return key;
    }

    private static BigDecimal required(String field, String text) {
        BigDecimal value = optional(field, text);
        if (value == null) {
            throw new MrvException(field, EmissionCalculator.ACTIVITY_RULE, "is missing");
        }
        return value;
    }

    /** A required plain decimal, negative allowed (the caller judges the sign). */
    static BigDecimal decimal(String field, String text) {
        BigDecimal value = optional(field, text);
        if (value == null) {
            throw new MrvException(field, EmissionCalculator.ACTIVITY_RULE, "is missing");
        }
        return value;
    }

    /** Null or empty text is "not measured"; anything else must be a plain decimal. */
    private static BigDecimal optional(String field, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_DECIMAL_CHARS || !PLAIN_DECIMAL.matcher(text).matches()) {
            throw new MrvException(field, DECIMAL_RULE, "'" + abbreviated(text) + "' is not a plain decimal number");
        }
        return new BigDecimal(text);
    }

    private static String abbreviated(String text) {
        return text.length() <= MAX_DECIMAL_CHARS ? text : text.substring(0, MAX_DECIMAL_CHARS) + "...";
    }
}
