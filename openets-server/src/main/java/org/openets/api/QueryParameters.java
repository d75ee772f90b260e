package org.openets.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.openets.rulebook.Jurisdiction;

/** Filters of the lists and ids of the paths; a bad one ends the request naming the parameter and its rule. */
final class QueryParameters {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final int MAX_ID_LENGTH = 100;

    private QueryParameters() {
    }

    /** The required {@code year}, 2000-2100. */
    static int year(Context ctx) {
        return year(ctx, "year");
    }

    private static int year(Context ctx, String name) {
        String text = ctx.queryParam(name);
        try {
            int year = Integer.parseInt(text == null ? "" : text);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ApiException(Problem.badRequest(name, "API-YEAR", name + " must be a year from " + FIRST_YEAR
                + " to " + LAST_YEAR));
    }

    /** The optional year {@code name}, 2000-2100, or null for every year. */
    static Integer optionalYear(Context ctx, String name) {
        return ctx.queryParam(name) == null ? null : year(ctx, name);
    }

    /** The optional date {@code name}, YYYY-MM-DD in years 2000-2100, or null. */
    static LocalDate date(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (DateTimeParseException notADate) {
            // answered below
        }
        throw new ApiException(Problem.badRequest(name, "API-DATE-FORMAT", name + " must be a date YYYY-MM-DD in "
                + FIRST_YEAR + " to " + LAST_YEAR));
    }

    /** The path parameter {@code name}, 1 to 100 characters; a longer one cannot name anything. */
    static String pathId(Context ctx, String name) {
        String text = ctx.pathParam(name);
        if (text.isBlank() || text.length() > MAX_ID_LENGTH) {
            throw new ApiException(Problem.badRequest(name, "API-ID", name + " must be 1 to " + MAX_ID_LENGTH
                    + " characters"));
        }
        return text;
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
