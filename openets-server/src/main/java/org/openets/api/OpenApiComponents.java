package org.openets.api;

import static org.openets.api.OpenApiDocument.array;
import static org.openets.api.OpenApiDocument.enumOf;
import static org.openets.api.OpenApiDocument.integer;
import static org.openets.api.OpenApiDocument.object;
import static org.openets.api.OpenApiDocument.ref;
import static org.openets.api.OpenApiDocument.string;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;

/** The shared schemas, parameters and problem responses of the OpenAPI document. */
final class OpenApiComponents {

    private OpenApiComponents() {
    }

    static ObjectNode build(Collection<String> commandTypes) {
        ObjectNode components = Json.MAPPER.createObjectNode();
        schemas(components.putObject("schemas"), commandTypes);
        parameters(components.putObject("parameters"));
        responses(components.putObject("responses"));
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", "an access token from POST /api/v1/auth/sign-in, or an API key (oets_...)");
        return components;
    }

    private static void schemas(ObjectNode schemas, Collection<String> commandTypes) {
        schemas.set("CommandType", enumOf(commandTypes));
        ObjectNode request = properties(schemas.putObject("CommandRequest"), "idempotencyKey", "type", "command");
        props(request).set("idempotencyKey", string().put("minLength", 1)
                .put("description", "the client's key; a retry with it answers the first reply"));
        props(request).set("type", ref("CommandType"));
        props(request).set("command", object().put("description", "the command record's fields by name"));
        request.put("additionalProperties", false);

        ObjectNode reply = properties(schemas.putObject("CommandReply"), "status", "sequence", "events");
        props(reply).set("status", enumOf(List.of("accepted", "duplicate")));
        props(reply).set("sequence", integer(0, Long.MAX_VALUE));
        ObjectNode event = properties(object(), "event");
        props(event).set("event", string().put("description", "the event record's simple name"));
        props(reply).set("events", array(event));

        ObjectNode page = properties(schemas.putObject("Page"), "offset", "limit", "items");
        props(page).set("total", integer(0, Integer.MAX_VALUE));
        props(page).set("offset", integer(0, Integer.MAX_VALUE));
        props(page).set("limit", integer(1, Page.MAX_LIMIT));
        props(page).set("items", array(object()));

        ObjectNode imported = properties(schemas.putObject("ImportReply"), "status", "batchId", "reports", "lines",
                "submitted");
        props(imported).set("status", enumOf(List.of("staged", "imported", "duplicate")));
        props(imported).set("batchId", string());
        props(imported).set("reports", integer(0, Integer.MAX_VALUE));
        props(imported).set("lines", integer(0, Integer.MAX_VALUE));
        props(imported).set("submitted", OpenApiDocument.bool());
        props(imported).set("sequence", integer(0, Long.MAX_VALUE));

        ObjectNode problem = properties(schemas.putObject("Problem"), "type", "title", "status");
        problem.put("description", "RFC 9457 problem details; field and rule say which input broke which rule");
        props(problem).set("type", string().put("format", "uri"));
        props(problem).set("title", string());
        props(problem).set("status", integer(400, 599));
        props(problem).set("detail", string());
        props(problem).set("field", string().put("description", "the offending field, parameter or header"));
        props(problem).set("rule", string().put("description", "the rule id, e.g. API-PAGE-BOUNDS or a rulebook rule"));
        props(problem).set("code", OpenApiDocument.integer(0, Integer.MAX_VALUE)
                .put("description", "the engine's stable rejection code"));
        props(problem).set("rulebookVersion", integer(0, Long.MAX_VALUE));
        ObjectNode rowError = properties(object(), "line", "field", "rule", "message");
        props(rowError).set("line", integer(0, Integer.MAX_VALUE));
        props(rowError).set("field", string());
        props(rowError).set("rule", string());
        props(rowError).set("message", string());
        props(problem).set("errors", array(rowError).put("description", "every bad row of a refused import"));
    }

    private static void parameters(ObjectNode parameters) {
        parameter(parameters, "offset", "query", "offset", false, "items to skip, default 0",
                integer(0, Integer.MAX_VALUE));
        parameter(parameters, "limit", "query", "limit", false, "items a page, default 100",
                integer(1, Page.MAX_LIMIT));
        parameter(parameters, "year", "query", "year", true, "the compliance year",
                integer(QueryParameters.FIRST_YEAR, QueryParameters.LAST_YEAR));
        parameter(parameters, "jurisdiction", "query", "jurisdiction", false, "only this jurisdiction, e.g. SC or CQ",
                string().put("pattern", "^[A-Z]{2}$"));
        String time = "ISO date (CST midnight), date-time (CST unless it has an offset) or epoch milliseconds";
        parameter(parameters, "from", "query", "from", false, "inclusive; " + time, string());
        parameter(parameters, "to", "query", "to", false, "exclusive, not before from; " + time, string());
    }

    private static void responses(ObjectNode responses) {
        response(responses, 400, "a field, parameter or header is invalid");
        response(responses, 401, "not signed in, or the token or API key is expired, unknown or revoked");
        response(responses, 403, "the user's role or scope does not allow this");
        response(responses, 429, "too many requests or failed sign-ins; see Retry-After");
        response(responses, 404, "no such resource");
        response(responses, 413, "the body is too large");
        response(responses, 415, "unsupported content type");
        response(responses, 422, "refused by a market rule; nothing changed");
        response(responses, 503, "the engine or journal is unavailable; nothing changed");
    }

    private static void parameter(ObjectNode parameters, String key, String in, String name, boolean required,
                                  String description, ObjectNode schema) {
        ObjectNode parameter = parameters.putObject(key).put("name", name).put("in", in).put("required", required)
                .put("description", description);
        parameter.set("schema", schema);
    }

    private static void response(ObjectNode responses, int status, String description) {
        responses.putObject(Integer.toString(status)).put("description", description).putObject("content")
                .putObject(Problem.CONTENT_TYPE).set("schema", ref("Problem"));
    }

    private static ObjectNode properties(ObjectNode schema, String... required) {
        schema.put("type", "object");
        schema.putObject("properties");
        var list = schema.putArray("required");
        for (String name : required) {
            list.add(name);
        }
        return schema;
    }

    private static ObjectNode props(ObjectNode schema) {
        return (ObjectNode) schema.get("properties");
    }
}
