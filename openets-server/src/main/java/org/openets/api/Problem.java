package org.openets.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document. {@code field} and {@code rule} say which input broke which rule, so a client
 * can act on the error without parsing prose.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, String rule,
                      Integer code, Long rulebookVersion) {

    public static final String CONTENT_TYPE = "application/problem+json";
    private static final String BASE = "https://openets.org/problems/";

    public static Problem badRequest(String field, String rule, String detail) {
        return new Problem(BASE + "invalid-request", "Invalid request", 400, detail, field, rule, null, null);
    }

    public static Problem tooLarge(String field, String rule, String detail) {
        return new Problem(BASE + "too-large", "Request too large", 413, detail, field, rule, null, null);
    }

    public static Problem notFound(String field, String detail) {
        return new Problem(BASE + "not-found", "Not found", 404, detail, field, "API-RESOURCE-EXISTS", null, null);
    }
}
