package org.openets.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Offset pagination, the same on every list: {@code ?offset=0&limit=100}, at most 1000 items a page. */
public record Page(int offset, int limit) {

    static final int MAX_LIMIT = 1000;

    public static Page of(Context ctx) {
        return new Page(number(ctx, "offset", 0, Integer.MAX_VALUE, 0), number(ctx, "limit", 1, MAX_LIMIT, 100));
    }

    private static int number(Context ctx, String name, int min, int max, int fallback) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiException(Problem.badRequest(name, "API-PAGE-BOUNDS",
                name + " must be a whole number from " + min + " to " + max));
    }

    public Map<String, Object> wrap(List<?> all) {
        return wrap(all, item -> item);
    }

    /** This page of {@code all}, only its own items shown through {@code shown}. */
    public <T> Map<String, Object> wrap(List<T> all, Function<T, ?> shown) {
        int from = (int) Math.min(all.size(), (long) offset);
        int to = (int) Math.min(all.size(), (long) from + limit);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("total", all.size());
        page.put("offset", offset);
        page.put("limit", limit);
        page.put("items", all.subList(from, to).stream().map(shown).toList());
        return page;
    }
}
