package org.openets.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One operation of the OpenAPI document, built fluently; path parameters come from the {@code {name}} segments. */
final class OpenApiOperation {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private final ObjectNode node = Json.MAPPER.createObjectNode();
    private final ArrayNode parameters;

    OpenApiOperation(String path, String tag, String summary) {
        node.putArray("tags").add(tag);
        node.put("summary", summary);
        parameters = node.putArray("parameters");
        Matcher names = PATH_PARAMETER.matcher(path);
        while (names.find()) {
            ObjectNode parameter = parameters.addObject().put("name", names.group(1)).put("in", "path")
                    .put("required", true);
            parameter.putObject("schema").put("type", "string");
        }
        node.putObject("responses");
    }

    ObjectNode node() {
        return node;
    }

    /** A shared parameter of {@code components.parameters}. */
    OpenApiOperation parameter(String component) {
        parameters.addObject().put("$ref", "#/components/parameters/" + component);
        return this;
    }

    OpenApiOperation query(String name, boolean required, String description, ObjectNode schema) {
        ObjectNode parameter = parameters.addObject().put("name", name).put("in", "query").put("required", required)
                .put("description", description);
        parameter.set("schema", schema);
        return this;
    }

    OpenApiOperation body(String contentType, ObjectNode schema, String description) {
        ObjectNode body = node.putObject("requestBody").put("required", true).put("description", description);
        body.putObject("content").putObject(contentType).set("schema", schema);
        return this;
    }

    OpenApiOperation ok(String description, String contentType, ObjectNode schema) {
        ObjectNode response = ((ObjectNode) node.get("responses")).putObject("200").put("description", description);
        response.putObject("content").putObject(contentType).set("schema", schema);
        return this;
    }

    OpenApiOperation okJson(String description, ObjectNode schema) {
        return ok(description, "application/json", schema);
    }

    /** Problem responses by status, each a shared {@code components.responses} entry. */
    OpenApiOperation problems(int... statuses) {
        ObjectNode responses = (ObjectNode) node.get("responses");
        for (int status : statuses) {
            responses.putObject(Integer.toString(status)).put("$ref", "#/components/responses/" + status);
        }
        return this;
    }
}
