package org.openets.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openets.core.Command;
import org.openets.core.MarketTime;
import org.openets.engine.StandardEngine;
import org.openets.imports.ReportImportRoute;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;

/**
 * Hostile input to every route the node serves: malformed and mistyped JSON, absurd numbers, long and odd
 * unicode strings, oversized bodies, bad path and query parameters, every command type with garbage fields.
 * Every answer must be a 4xx problem document within the client's timeout, and the state must not have moved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzTest {

    private static final String REGULATOR = "reg-cq";
    private static final String TRADER = "trader-1";
    private static final String OPERATOR = "system";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final String LONG_TEXT = "x".repeat(100_000);
    /** Right-to-left override, NUL, a lone surrogate, emoji, combining marks, a byte order mark, a line break. */
    private static final List<String> ODD_TEXT = List.of("\u202Eabc\u202C", "a\u0000b", "\uD800", "\uDC00x",
            "\uD83D\uDE00\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", "e\u0301\u0301\u0301\u0301", "\uFEFF", "a\r\nb",
            "", " ", LONG_TEXT, "../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", "H1-A\u0000");
    /** Numbers as raw JSON: beyond long, beyond double, negative zero, fractions, exponents. */
    private static final List<String> ODD_NUMBERS = List.of("-1", "0", "-0", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "1e309", "-1e309", "1.5", "1e2", "123456789012345678901234567890",
            "2147483648", "-2147483649", "0.0000001");
    private static final List<String> BAD_PATH_VALUES = List.of("x".repeat(10_000), "\u202Eabc", "..", "%00",
            "%2e%2e", "%2F", "\uD83D\uDE00", "e\u0301", "-1", "9223372036854775808", " ", "%25", "a;b", "*");
    private static final List<String> BAD_QUERIES = List.of("limit=-1", "offset=-1", "limit=0", "limit=1001",
            "limit=99999999999999999999", "offset=99999999999999999999", "limit=abc", "offset=1.5", "limit=1e3",
            "limit=10&limit=-1", "year=-1", "year=1e309", "year=abc", "year=9223372036854775808",
            "levels=-1", "levels=9999999999", "levels=abc", "interval=garbage", "from=-1", "to=abc",
            "jurisdiction=%00", "jurisdiction=" + "Z".repeat(5000), "status=%E2%80%AE", "type=%F0%9F%98%80",
            "batchId=%00", "accountId=" + "a".repeat(5000), "q=%00");
    private static final List<String> MALFORMED_JSON = List.of("", "{", "}", "[", "null", "true", "42", "\"text\"",
            "[]", "{\"a\":}", "{\"a\" 1}", "{'a':1}", "{\"idempotencyKey\":\"k\"}{}", "\u0000", "{\"a\":1,}",
            "{\"idempotencyKey\":\"k\",\"type\":\"PlaceOrder\",\"command\":{\"orderId\":\"x\"", "[".repeat(5000),
            "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "\uFEFF{}", "{\"\\uD800\":1}");

    private final List<String> failures = new ArrayList<>();
    private Node node;
    private HttpClient http;
    private URI base;
    private SplittableRandom random;
    private String lastTransportError;
    private final TreeMap<Integer, Integer> statuses = new TreeMap<>();

    private static ApiClient api;

    @BeforeAll
    void startAPopulatedNode(@TempDir Path dir) throws Exception {
        long monday = MarketTime.epochMillis(LocalDateTime.of(2025, 3, 3, 10, 0));
        node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000).withRates(HttpLimits.Rates.OFF),
                () -> monday, p -> { });
        http = HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
        base = URI.create("http://127.0.0.1:" + node.port());
        api = new ApiClient(node, TIMEOUT);
        List<Command> setUp = List.of(new RegisterActor(REGULATOR, Role.REGULATOR, "CQ"),
                new RegisterActor(TRADER, Role.MEMBER, "CQ"),
                new OpenAccount("H1-A", AccountType.CLIENT, "CQ", "H1", "Holder one"),
                new AddRepresentative("H1-A", TRADER), new IssueUnits("H1-A", "CQEA-2025", 1_000));
        for (int i = 0; i < setUp.size(); i++) {
            String actor = setUp.get(i) instanceof IssueUnits ? REGULATOR : OPERATOR;
            assertThat(api.submit("setup-" + i, actor, setUp.get(i)).status()).isEqualTo(200);
        }
        api.keyOf(TRADER);
        api.keyOf(OPERATOR);
        random = new SplittableRandom(20250303);
    }

    @AfterAll
    void stopTheNode() throws IOException {
        if (node != null) {
            node.close();
        }
    }

    private static HttpRequest.Builder authenticated(HttpRequest.Builder request) {
        return authenticated(request, TRADER);
    }

    /**
     * How the fuzzer authenticates as {@code actor}: the one place to change when commands take
     * {@code Authorization: Bearer <api key>}. It acts as an exchange member holding an account and as the
     * operator, who may do most, so that garbage reaches the rules and not only sign-in.
     */
    private static HttpRequest.Builder authenticated(HttpRequest.Builder request, String actor) {
        return request.header("Authorization", "Bearer " + api.keyOf(actor));
    }

    @Test
    void every_route_answers_hostile_input_with_a_problem_and_changes_nothing() throws Exception {
        String before = stateHash();
        List<String> routes = List.copyOf(node.routes());
        assertThat(routes).contains("POST /api/v1/commands", "GET /api/v1/accounts/{id}");
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            badPathParameters(method, template);
            badQueryParameters(method, template);
            oversizedBody(method, template);
            unknownMethods(template);
            if (method.equals("POST")) {
                malformedBodies(template);
            }
        }
        unknownRoutes();
        importFiles();
        everyCommandWithGarbage();

        assertThat(failures).as(failures.size() + " bad answers").isEmpty();
        // Well-typed nonsense got past the JSON layer to the business rules, not only to the parser.
        assertThat(statuses).containsKeys(400, 404, 405, 413, 422);
        assertThat(statuses.get(422)).isGreaterThan(500);
        assertThat(stateHash()).isEqualTo(before);
    }

    private void badPathParameters(String method, String template) throws Exception {
        if (!PATH_PARAMETER.matcher(template).find()) {
            return;
        }
        for (String value : BAD_PATH_VALUES) {
            String encoded = value.contains("%") || value.equals("..") ? value : encode(value);
            String path = PATH_PARAMETER.matcher(template).replaceAll(Matcher.quoteReplacement(encoded));
            expectProblem(method + " " + template + " with {" + shorten(value) + "}",
                    request(path).method(method, publisher(method, "{}")));
        }
    }

    private void badQueryParameters(String method, String template) throws Exception {
        String path = PATH_PARAMETER.matcher(template).replaceAll("H1-A");
        for (String query : BAD_QUERIES) {
            String name = query.substring(0, query.indexOf('='));
            HttpResponse<String> response = send(request(path + "?" + query).method(method,
                    publisher(method, "{}")));
            if (response == null) {
                failures.add(method + " " + path + "?" + shorten(query) + ": no answer within " + TIMEOUT + ": " + lastTransportError);
            } else if (response.statusCode() != 200) {
                checkProblem(method + " " + template + "?" + shorten(query), response);
            } else if (method.equals("GET") && isPage(response) && (name.equals("limit") || name.equals("offset"))) {
                failures.add(method + " " + template + "?" + shorten(query) + ": a bad page bound was answered 200");
            }
        }
    }

    private void oversizedBody(String method, String template) throws Exception {
        String path = PATH_PARAMETER.matcher(template).replaceAll("H1-A");
        long size = template.equals(ReportImportRoute.PATH) ? 10_500_000
                : HttpGateway.MAX_BODY_BYTES + 1;
        HttpResponse<String> response = send(authenticated(request(path)).header("Content-Type", "text/csv")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(new byte[(int) size])));
        String what = method + " " + template + " with a body of " + size + " bytes";
        if (response == null) {
            failures.add(what + ": no answer within " + TIMEOUT + ": " + lastTransportError);
        } else if (response.statusCode() != 413) {
            failures.add(what + ": " + response.statusCode() + " instead of 413");
        } else {
            checkProblem(what, response);
        }
    }

    private void unknownMethods(String template) throws Exception {
        String path = PATH_PARAMETER.matcher(template).replaceAll("H1-A");
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            expectProblem(method + " " + template, authenticated(request(path)).method(method,
                    HttpRequest.BodyPublishers.ofString("{}")));
        }
    }

    private void unknownRoutes() throws Exception {
        for (String path : List.of("/nope", "/api/v1/nope", "/api/v2/commands", "/api/v1/accounts/H1-A/nope",
                "/%2e%2e/%2e%2e/etc/passwd", "/api/v1//accounts", "/" + "a".repeat(5000))) {
            expectProblem("GET " + shorten(path), request(path).GET());
            expectProblem("POST " + shorten(path), request(path).POST(HttpRequest.BodyPublishers.ofString("{}")));
        }
    }

    /** POST routes that take no body: for them an empty body is the right call, and every other body is refused. */
    private static final java.util.Set<String> BODILESS = java.util.Set.of("/api/v1/auth/sign-out",
            "/api/v1/auth/second-factor/secret");

    private void malformedBodies(String template) throws Exception {
        for (String body : MALFORMED_JSON) {
            if (body.isEmpty() && BODILESS.contains(template)) {
                continue;
            }
            for (String type : List.of("application/json", "text/csv", "text/plain")) {
                expectProblem("POST " + template + " " + type + " " + shorten(body),
                        authenticated(request(template)).header("Content-Type", type).POST(utf8(body)));
            }
        }
        expectProblem("POST " + template + " without a credential",
                request(template).header("Content-Type", "application/json").POST(utf8("{}")));
    }

    private void importFiles() throws Exception {
        List<String> files = List.of("entityId,year\n" + "x,".repeat(50_000), "\u0000\u0001\u0002",
                "a,b,c\n\"unclosed", ",,,,,,,,\n,,,,,,,", "entityId\n" + LONG_TEXT, "\uFEFF" + "\u202E,\uD800\n");
        for (String file : files) {
            for (String query : List.of("", "?submit=true", "?dryRun=true", "?batchId=%00", "?batchId=" + "b".repeat(100))) {
                expectProblem("POST import " + shorten(file) + query, authenticated(request(ReportImportRoute.PATH
                        + query)).header("Content-Type", "text/csv").POST(utf8(file)));
            }
        }
        byte[] notAWorkbook = new byte[4096];
        random.nextBytes(notAWorkbook);
        notAWorkbook[0] = 'P';
        notAWorkbook[1] = 'K';
        expectProblem("POST import of a broken workbook", authenticated(request(ReportImportRoute.PATH))
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(notAWorkbook)));
    }

    private void everyCommandWithGarbage() throws Exception {
        Map<String, Class<? extends Record>> types = new HashMap<>();
        StandardEngine.create().codec().catalog().types().values()
                .forEach(type -> types.put(type.getSimpleName(), type));
        HttpResponse<String> listed = send(request("/api/v1/commands").GET());
        assertThat(listed).isNotNull();
        JsonNode names = Json.MAPPER.readTree(listed.body());
        assertThat(names.size()).isGreaterThan(20);
        int key = 0;
        for (JsonNode name : names) {
            Class<? extends Record> type = types.get(name.asText());
            assertThat(type).as(name.asText()).isNotNull();
            for (int round = 0; round < 12; round++) {
                String command = round < 6 ? wellTypedNonsense(type, round) : Json.write(garbageObject(type));
                String body = "{\"idempotencyKey\":\"fuzz-" + key++ + "\",\"type\":\"" + name.asText()
                        + "\",\"command\":" + command + "}";
                for (String actor : List.of(TRADER, OPERATOR)) {
                    expectProblem(actor + " POST " + name.asText() + " " + shorten(command), authenticated(
                            request("/api/v1/commands"), actor).header("Content-Type", "application/json")
                            .POST(utf8(body.replace("fuzz-", "fuzz-" + actor + "-"))));
                }
            }
        }
    }

    /**
     * A command whose JSON types fit the record (so it reaches the rules) but whose values are absurd: round 0
     * the largest numbers, 1 negative ones, 2 zero, then odd strings, each field in turn.
     */
    private String wellTypedNonsense(Class<? extends Record> type, int round) {
        StringBuilder json = new StringBuilder("{");
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(components[i].getName()).append("\":")
                    .append(valueOf(components[i].getType(), round + i));
        }
        return json.append('}').toString();
    }

    private String valueOf(Class<?> type, int variant) {
        if (type == long.class || type == Long.class) {
            return List.of("9223372036854775807", "-9223372036854775808", "0", "-1", "1", "-0").get(variant % 6);
        }
        if (type == int.class || type == Integer.class || type == short.class) {
            return List.of("2147483647", "-2147483648", "0", "-1", "1", "-0").get(variant % 6);
        }
        if (type == boolean.class || type == Boolean.class) {
            return variant % 2 == 0 ? "true" : "false";
        }
        if (type == String.class) {
            return Json.write(ODD_TEXT.get(variant % ODD_TEXT.size()));
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return Json.write(((Enum<?>) constants[variant % constants.length]).name());
        }
        if (type == BigDecimal.class || type == BigInteger.class || type == double.class) {
            return List.of("1e308", "-1e308", "0", "-0.5", "123456789012345678901234567890", "1e-400").get(variant % 6);
        }
        if (List.class.isAssignableFrom(type)) {
            return variant % 2 == 0 ? "[]" : "[{}, null, 1]";
        }
        if (type.isRecord()) {
            return wellTypedNonsense(type.asSubclass(Record.class), variant);
        }
        return "null";
    }

    private ObjectNode garbageObject(Class<? extends Record> type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (RecordComponent component : type.getRecordComponents()) {
            if (random.nextInt(6) > 0) {
                node.set(component.getName(), garbage(3));
            }
        }
        if (random.nextInt(4) == 0) {
            node.set("unexpected" + random.nextInt(100), garbage(1));
        }
        return node;
    }

    private JsonNode garbage(int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (random.nextInt(depth > 0 ? 9 : 7)) {
            case 0:
                return f.nullNode();
            case 1:
                return f.booleanNode(random.nextBoolean());
            case 2:
                return f.numberNode(new BigDecimal(ODD_NUMBERS.get(random.nextInt(ODD_NUMBERS.size()))
                        .replace("1e309", "1e400").replace("-1e400", "-1e400")));
            case 3:
                return f.numberNode(random.nextLong());
            case 4:
                return f.numberNode(random.nextDouble() * 1e300);
            case 5:
                return f.textNode(ODD_TEXT.get(random.nextInt(ODD_TEXT.size())));
            case 6:
                return f.textNode(Long.toString(random.nextLong()));
            case 7: {
                ArrayNode array = f.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(garbage(depth - 1));
                }
                return array;
            }
            default: {
                ObjectNode object = f.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set("f" + i, garbage(depth - 1));
                }
                return object;
            }
        }
    }

    private void expectProblem(String what, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = send(request);
        if (response == null) {
            failures.add(what + ": no answer within " + TIMEOUT + ": " + lastTransportError);
        } else {
            checkProblem(what, response);
        }
    }

    private void checkProblem(String what, HttpResponse<String> response) {
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status < 400 || status >= 500) {
            failures.add(what + ": HTTP " + status + " " + shorten(response.body()));
            return;
        }
        if (!type.startsWith(Problem.CONTENT_TYPE)) {
            failures.add(what + ": HTTP " + status + " as " + type + " " + shorten(response.body()));
            return;
        }
        try {
            JsonNode problem = Json.MAPPER.readTree(response.body());
            boolean validation = status == 400 || status == 422;
            if (problem.path("status").asInt() != status || problem.path("title").asText().isBlank()
                    || (validation && problem.path("rule").asText().isBlank() && !rowsNameTheirRules(problem))) {
                failures.add(what + ": an incomplete problem " + shorten(response.body()));
            }
        } catch (IOException e) {
            failures.add(what + ": an unreadable problem " + shorten(response.body()));
        }
    }

    /** An import refusal lists every bad row of the file, each with its field and rule. */
    private static boolean rowsNameTheirRules(JsonNode problem) {
        JsonNode rows = problem.path("errors");
        if (!rows.isArray() || rows.isEmpty()) {
            return false;
        }
        for (JsonNode row : rows) {
            if (row.path("rule").asText().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private boolean isPage(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body()).has("items");
        } catch (IOException e) {
            return false;
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    }

    /** The answer, or null when none came: the client timed out or the connection was dropped. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws InterruptedException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            lastTransportError = e.toString();
            return null;
        }
    }

    private static HttpRequest.BodyPublisher publisher(String method, String body) {
        return method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : utf8(body);
    }

    private static HttpRequest.BodyPublisher utf8(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("[\\p{Cntrl}]", "?");
        return flat.length() <= 120 ? flat : flat.substring(0, 120) + "...(" + text.length() + " chars)";
    }

    private String stateHash() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/state/hash").GET());
        assertThat(response).isNotNull();
        return Json.MAPPER.readTree(response.body()).get("stateHash").asText();
    }
}
