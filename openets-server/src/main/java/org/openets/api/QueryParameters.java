package org.openets.api;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import org.openets.rulebook.Jurisdiction;

/** Filters of the allocation and compliance lists; a bad one ends the request naming the parameter and its rule. */
final class QueryParameters {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final int MAX_ID_LENGTH = 100;

    private QueryParameters() {
    }

    /** The required {@code year}, 2000-2100. */
    static int year(Context ctx) {
        String text = ctx.queryParam("year");
        try {
            int year = Integer.parseInt(text == null ? "" : text);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ApiException(Problem.badRequest("year", "API-YEAR", "year must be a year from " + FIRST_YEAR
                + " to " + LAST_YEAR));
    }

    /** The optional {@code jurisdiction} code (SC, CQ, CY, ...), or null for every jurisdiction. */
    static String jurisdiction(Context ctx) {
        String text = ctx.queryParam("jurisdiction");
        if (text == null) {
            return null;
        }
        if (!Jurisdiction.isCode(text)) {
            throw new ApiException(Problem.badRequest("jurisdiction", "API-JURISDICTION",
                    "jurisdiction must be a code of two capital letters, such as SC or CQ"));
        }
        return text;
    }

    /** The optional {@code name} id, or null for any. */
    static String id(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return null;
        }
        if (text.isBlank() || text.length() > MAX_ID_LENGTH) {
            throw new ApiException(Problem.badRequest(name, "API-ID", name + " must be 1 to " + MAX_ID_LENGTH
                    + " characters"));
        }
        return text;
    }

    /** The optional constant {@code name} of {@code type}, case-insensitive, or null for any. */
    static <E extends Enum<E>> E constant(Context ctx, String name, Class<E> type, String rule) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ApiException(Problem.badRequest(name, rule, name + " must be one of "
                    + Arrays.toString(type.getEnumConstants())));
        }
    }
}
