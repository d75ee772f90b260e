package org.openets.mrv;

import java.util.Optional;

/**
 * The checks one activity line passes on its own — decimal format, kind, required key, sign and plausibility of
 * the quantity, physical bounds of measured factors, a factor for the fuel or grid in the report year — the same
 * checks a {@link DraftReport} applies to each of its lines. For screening input row by row, so that every bad
 * row is found, not only the first of a report. Pure: the standard factor library, no engine state.
 */
public final class ActivityLineCheck {

    private static final FactorLibrary FACTORS = FactorLibrary.standard();

    private ActivityLineCheck() {
    }

    /**
     * What is wrong with {@code line} in a report of {@code year}, fields named under {@code field} as in a
     * rejection ({@code lines[3].quantity}); empty when it would be taken.
     */
    public static Optional<MrvException> problem(String field, ActivityLine line, int year) {
        try {
            new EmissionCalculator(FACTORS.pinnedTo(year)).line(field, ActivityLines.parse(field, line));
            return Optional.empty();
        } catch (MrvException e) {
            return Optional.of(e);
        } catch (ArithmeticException e) {
            return Optional.of(new MrvException(field + ".quantity", EmissionCalculator.ACTIVITY_RULE,
                    "emissions too large: " + e.getMessage()));
        }
    }
}
