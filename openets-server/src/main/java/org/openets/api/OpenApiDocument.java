package org.openets.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.openets.audit.AuditRoute;
import org.openets.compliance.ComplianceStanding;
import org.openets.core.Catalog;
import org.openets.imports.ReportImportRoute;
import org.openets.mrv.FactorKind;
import org.openets.mrv.ReportStatus;
import org.openets.registry.AccountType;
import org.openets.registry.TrustedState;
import org.openets.store.EnforcementRegister;
import org.openets.store.KlineInterval;

/**
 * The OpenAPI 3.1 description of every HTTP route of a node, served at {@value #PATH}. It is built in code so
 * that enumerations (command types, account types, standings) follow the classes they name; a test compares its
 * (method, path) pairs with the routes the running server has registered.
 */
public final class OpenApiDocument {

    public static final String PATH = "/api/v1/openapi.json";
    private static final String JSON = "application/json";

    private final ObjectNode document = Json.MAPPER.createObjectNode();
    private final ObjectNode paths;
    private final String text;

    public OpenApiDocument(Catalog catalog) {
        document.put("openapi", "3.1.0");
        document.putObject("info").put("title", "OpenETS API").put("version", "v1")
                .put("description", "Registry, exchange, clearing, MRV, allocation and compliance of a carbon "
                        + "emissions trading system. Money is integer fen, quantities whole tonnes; every error is "
                        + "an RFC 9457 application/problem+json document naming the field and the rule.");
        paths = document.putObject("paths");
        document.set("components", OpenApiComponents.build(new CommandTypes(catalog).all().keySet()));
        commands();
        registry();
        rulebook();
        exchange();
        reporting();
        operations();
        security();
        annotateAccess();
        paths.forEach(item -> item.forEach(operation -> {
            if (operation.get("parameters").isEmpty()) {
                ((ObjectNode) operation).remove("parameters");
            }
        }));
        text = Json.write(document);
    }

    public void routes(JavalinConfig config) {
        config.routes.get(PATH, ctx -> ctx.contentType(JSON).result(text));
    }

    /** The document as served. */
    public ObjectNode document() {
        return document.deepCopy();
    }

    private void commands() {
        get("/api/v1/commands", "commands", "Names of the command types a client may submit")
                .okJson("command type names, sorted", array(string()));
        add("post", "/api/v1/commands", "commands", "Submit one command; answered once the outcome is durable")
                .body(JSON, ref("CommandRequest"), "the command, its type and the client's idempotency key"
                        + " (at most " + HttpGateway.MAX_BODY_BYTES + " bytes)")
                .okJson("accepted, or a duplicate answered with the first reply (header Idempotent-Replayed)",
                        ref("CommandReply"))
                .problems(400, 413, 422, 503);
        add("post", ReportImportRoute.PATH, "mrv", "Import emission reports from a CSV or XLSX file, all or none")
                .query("dryRun", false, "true stages and checks only", bool())
                .query("submit", false, "true submits the imported reports too", bool())
                .query("batchId", false, "names the batch; a repeated batch is a duplicate",
                        string().put("pattern", "^[A-Za-z0-9._:-]{1,64}$"))
                .body("text/csv", binary(), "the report file, at most " + ReportImportRoute.MAX_FILE_BYTES + " bytes")
                .okJson("staged, imported or duplicate, with counts and the journal sequence", ref("ImportReply"))
                .problems(400, 413, 415, 422, 503);
        ObjectNode content = (ObjectNode) paths.get(ReportImportRoute.PATH).get("post").get("requestBody")
                .get("content");
        content.putObject("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").set("schema", binary());
        get("/api/v1/state/hash", "operations", "Hash of the whole engine state, equal on every replay")
                .okJson("the state hash in hex", object());
        get(AuditRoute.PATH, "operations", "Who did what and when, from the journal, oldest first")
                .query("user", false, "only this actor's commands", string().put("minLength", 1).put("maxLength", 64))
                .query("type", false, "only commands of this type", ref("CommandType"))
                .query("from", false, "inclusive; ISO date, date-time (CST unless offset)", string())
                .query("to", false, "exclusive; later than from", string())
                .parameter("offset").parameter("limit")
                .okJson("one page of audit entries", ref("Page"))
                .problems(400, 403, 503);
    }

    private void registry() {
        get("/api/v1/accounts", "registry", "Registry accounts")
                .query("type", false, "only accounts of this type", enumOf(AccountType.values()))
                .query("holderId", false, "only accounts of this holder", string())
                .parameter("offset").parameter("limit").okJson("one page of accounts", ref("Page")).problems(400);
        get("/api/v1/accounts/{id}", "registry", "An account with its holdings and trusted list")
                .okJson("the account", object()).problems(404);
        get("/api/v1/accounts/{id}/holdings", "registry", "An account's holdings by unit and position")
                .okJson("holdings", array(object())).problems(404);
        get("/api/v1/accounts/{id}/transfers", "registry", "An account's transfer history")
                .parameter("offset").parameter("limit").okJson("one page of transfers", ref("Page")).problems(400);
        get("/api/v1/transfers/pending", "registry", "Transfers awaiting approval")
                .parameter("offset").parameter("limit").okJson("one page of transfers", ref("Page")).problems(400);
        get("/api/v1/transfers/{id}", "registry", "One transfer, open or finished")
                .okJson("the transfer", object()).problems(404);
        get("/api/v1/retirements", "registry", "Retired units")
                .parameter("offset").parameter("limit").okJson("one page of retirements", ref("Page")).problems(400);
        get("/api/v1/accounts/{id}/trusted", "registry", "An account's trusted list")
                .query("state", false, "only entries in this state (any case)", enumOf(TrustedState.values()))
                .parameter("offset").parameter("limit").okJson("one page of trusted-list entries", ref("Page"))
                .problems(400, 404);
        get("/api/v1/units", "registry", "Unit codes ever issued with the tonnes issued of each")
                .parameter("jurisdiction")
                .query("vintage", false, "only this vintage", integer(QueryParameters.FIRST_YEAR,
                        QueryParameters.LAST_YEAR))
                .parameter("offset").parameter("limit").okJson("one page of unit codes", ref("Page")).problems(400);
    }

    private void rulebook() {
        get("/api/v1/rulebook", "rulebook", "The rulebook's version and jurisdictions")
                .okJson("version, unified authority, jurisdictions and the number of rule parameters", object());
        get("/api/v1/jurisdictions", "rulebook", "Registered jurisdictions")
                .parameter("offset").parameter("limit").okJson("one page of jurisdictions", ref("Page"))
                .problems(400);
        get("/api/v1/rules", "rulebook", "Every rule parameter: its value in force on a date, legal basis, versions")
                .query("asOf", false, "the CST date whose values to show, default the engine's today", date())
                .query("jurisdiction", false, "only this jurisdiction's own parameters",
                        string().put("pattern", "^[A-Z]{2}$"))
                .parameter("offset").parameter("limit").okJson("the date and one page of rules", ref("Page"))
                .problems(400);
        get("/api/v1/rules/{ruleId}", "rulebook", "One rule parameter with every version and its legal basis")
                .query("asOf", false, "the CST date whose value to show, default the engine's today", date())
                .okJson("the rule parameter", object()).problems(400, 404);
        get("/api/v1/calendar", "rulebook", "Working-day exceptions of a year: holidays, make-up days, regulator days")
                .parameter("year").parameter("offset").parameter("limit")
                .okJson("the year and one page of days", ref("Page")).problems(400);
    }

    private void exchange() {
        get("/api/v1/instruments", "exchange", "Listed instruments with today's statistics")
                .parameter("offset").parameter("limit").okJson("one page of instruments", ref("Page")).problems(400);
        get("/api/v1/instruments/{symbol}", "exchange", "One instrument").okJson("the instrument", object())
                .problems(404);
        get("/api/v1/instruments/{symbol}/depth", "exchange", "Order book depth")
                .query("levels", false, "price levels a side, default 10",
                        integer(1, ExchangeQueries.MAX_DEPTH_LEVELS))
                .okJson("bids and asks", object()).problems(400, 404);
        get("/api/v1/instruments/{symbol}/trades", "exchange", "Trades, newest first")
                .parameter("from").parameter("to").parameter("offset").parameter("limit")
                .okJson("one page of trades", ref("Page")).problems(400, 404);
        get("/api/v1/instruments/{symbol}/klines", "exchange", "K-lines (OHLC and volume)")
                .query("interval", false, "bar length, default 1d", enumOf(Arrays.stream(KlineInterval.values())
                        .map(KlineInterval::code).toArray()))
                .parameter("from").parameter("to").parameter("offset").parameter("limit")
                .okJson("one page of bars and the interval", ref("Page")).problems(400, 404);
        get("/api/v1/instruments/{symbol}/stats", "exchange", "Today's statistics live, earlier days by page")
                .parameter("offset").parameter("limit").okJson("today and history", object()).problems(400, 404);
        get("/api/v1/orders", "exchange", "Orders")
                .query("accountId", false, "only this trading account's orders", string())
                .query("status", false, "only orders in this status",
                        enumOf(new Object[] {"NEW", "PARTIALLY_FILLED", "FILLED", "CANCELLED"}))
                .parameter("offset").parameter("limit").okJson("one page of orders", ref("Page")).problems(400);
        get("/api/v1/orders/{orderId}", "exchange", "One order").okJson("the order", object()).problems(404);
        get("/api/v1/accounts/{id}/trading", "exchange", "A trading account's positions and restrictions")
                .okJson("the trading account", object()).problems(404);
        get("/api/v1/accounts/{id}/funds", "clearing", "A funds account's balances in fen")
                .okJson("available and reserved funds", object()).problems(404);
        get("/api/v1/accounts/{id}/statement", "clearing", "A trading account's daily statement")
                .query("date", true, "the trading day", string().put("format", "date"))
                .okJson("the statement", object()).problems(400, 404);
        get("/api/v1/block-trades", "exchange", "Block trades done, newest first, once their trading day closed")
                .query("symbol", false, "only this instrument", id())
                .parameter("from").parameter("to").parameter("offset").parameter("limit")
                .okJson("one page of trades", ref("Page")).problems(400);
        get("/api/v1/block-trades/proposals", "exchange", "Block trades proposed and not yet confirmed")
                .query("accountId", false, "only proposals with this account on either side", id())
                .query("symbol", false, "only this instrument", id())
                .parameter("offset").parameter("limit").okJson("one page of proposals", ref("Page")).problems(400);
        get("/api/v1/auctions", "auction", "Primary auctions").parameter("jurisdiction")
                .query("status", false, "only auctions in this status",
                        enumOf(org.openets.auction.AuctionStatus.values()))
                .parameter("offset").parameter("limit").okJson("one page of auctions", ref("Page")).problems(400);
        get("/api/v1/auctions/{auctionId}", "auction", "One auction; allocations stay empty until it clears")
                .okJson("the auction and its allocations", object()).problems(404);
    }

    private void reporting() {
        get("/api/v1/entities", "mrv", "Registered covered entities").parameter("jurisdiction")
                .query("sector", false, "only entities of this sector", enumOf(org.openets.mrv.Sector.values()))
                .parameter("offset").parameter("limit").okJson("one page of entities", ref("Page")).problems(400);
        get("/api/v1/entities/{entityId}", "mrv", "One entity").okJson("the entity", object()).problems(404);
        get("/api/v1/emissions", "mrv", "Confirmed emissions of a year").parameter("year")
                .parameter("jurisdiction").query("entityId", false, "only this entity", id())
                .parameter("offset").parameter("limit")
                .okJson("one page: the latest confirmed version of each report", ref("Page")).problems(400);
        get("/api/v1/entities/{entityId}/installations", "mrv", "An entity's installations")
                .parameter("offset").parameter("limit").okJson("one page of installations", ref("Page"))
                .problems(400, 404);
        get("/api/v1/reports", "mrv", "Emission reports of a year in every status, with their current version")
                .parameter("year").query("entityId", false, "only this entity", id())
                .query("status", false, "only reports whose current version is in this status (any case)",
                        enumOf(ReportStatus.values()))
                .parameter("offset").parameter("limit").okJson("one page of reports", ref("Page")).problems(400);
        get("/api/v1/reports/{reportId}", "mrv", "One report: every version with its lines, flags and verification")
                .okJson("the report", object()).problems(400, 404);
        get("/api/v1/emission-factors", "mrv", "The emission factor library")
                .query("year", false, "only the versions valid for reports of this year",
                        integer(QueryParameters.FIRST_YEAR, QueryParameters.LAST_YEAR))
                .query("kind", false, "only this kind (any case)", enumOf(FactorKind.values()))
                .query("key", false, "only this fuel, grid, heat or process key", id())
                .parameter("offset").parameter("limit").okJson("one page of factors", ref("Page")).problems(400);
        get("/api/v1/entities/{entityId}/carry-over", "compliance", "An entity's approved carry-over and its rest")
                .okJson("the approval (null when none) and the tonnes not yet surrendered", object())
                .problems(400, 404);
        get("/api/v1/allocation/years", "allocation", "Allocation years: caps and accounts")
                .parameter("year").parameter("jurisdiction").parameter("offset").parameter("limit")
                .okJson("one page of allocation years", ref("Page")).problems(400);
        get("/api/v1/allocations", "allocation", "Entity allocations of a year")
                .parameter("year").parameter("jurisdiction").query("entityId", false, "only this entity", id())
                .parameter("offset").parameter("limit").okJson("one page of allocations", ref("Page")).problems(400);
        get("/api/v1/compliance", "compliance", "Compliance status of each entity")
                .parameter("year").parameter("jurisdiction")
                .query("standing", false, "only this standing (any case)", enumOf(ComplianceStanding.values()))
                .query("entityId", false, "only this entity", id())
                .parameter("offset").parameter("limit").okJson("one page of statuses", ref("Page")).problems(400);
        get("/api/v1/compliance/summary", "compliance", "Each jurisdiction's compliance totals").parameter("year")
                .okJson("one summary a jurisdiction", array(object())).problems(400);
        get("/api/v1/enforcement", "compliance", "Shortfalls and fines of a year").parameter("year")
                .query("kind", false, "only this kind (any case)", enumOf(EnforcementRegister.Kind.values()))
                .query("partyId", false, "only this party", id())
                .parameter("offset").parameter("limit").okJson("one page of entries", ref("Page")).problems(400);
        get("/api/v1/offset-projects", "compliance", "Recorded offset projects")
                .parameter("offset").parameter("limit").okJson("one page of projects", ref("Page")).problems(400);
    }

    private void operations() {
        get("/", "operations", "The market overview page").ok("HTML page", "text/html", string());
        get("/health", "operations", "Liveness, durable sequence and read model lag").okJson("UP", object());
        get("/metrics", "operations", "Prometheus metrics").ok("text exposition format", "text/plain", string());
        get(PATH, "operations", "This document").okJson("OpenAPI 3.1", object());
    }

    private void security() {
        ObjectNode credentials = Json.MAPPER.createObjectNode().put("type", "object");
        credentials.putObject("properties");
        add("post", "/api/v1/auth/sign-in", "security", "Sign in with user id, password and, for regulators and"
                + " representatives, a TOTP code; gives an access token (15 min) and a refresh token (8 h)")
                .body(JSON, object(), "{userId, password, totp}").okJson("tokens and the user", object())
                .problems(400, 401, 429);
        add("post", "/api/v1/auth/refresh", "security", "New tokens for a refresh token, which is used up")
                .body(JSON, object(), "{refreshToken}").okJson("tokens and the user", object()).problems(400, 401);
        add("post", "/api/v1/auth/sign-out", "security", "Ends the session of the access token")
                .problems(401);
        get("/api/v1/auth/me", "security", "The signed-in user and the accounts it represents or trades for")
                .okJson("the user", object()).problems(401);
        add("post", "/api/v1/auth/password", "security", "Changes one's own password (with the current one), or"
                + " resets a user one administers").body(JSON, object(), "{currentPassword, newPassword, userId}")
                .problems(400, 401, 403, 422);
        add("post", "/api/v1/auth/second-factor/secret", "security", "A new TOTP secret to enrol, valid 10 minutes")
                .okJson("secret and otpauth URI", object()).problems(401);
        add("post", "/api/v1/auth/second-factor", "security", "Enrols the pending secret, proven by a code")
                .body(JSON, object(), "{totp}").problems(400, 401, 422);
        add("post", "/api/v1/users", "security", "Registers a user acting for an actor; returns the TOTP secret once")
                .body(JSON, object(), "{userId, actorId, role, password, secondFactor}")
                .problems(400, 401, 403, 422);
        get("/api/v1/users", "security", "The users the caller administers (all, for the auditor)")
                .query("role", false, "only users of this role", enumOf(org.openets.access.UserRole.values()))
                .parameter("offset").parameter("limit").okJson("one page of users", ref("Page"))
                .problems(400, 401, 403);
        get("/api/v1/users/{userId}", "security", "One user the caller administers").okJson("the user", object())
                .problems(401, 403, 404);
        add("post", "/api/v1/api-keys", "security", "Issues an API key, shown this once; only its hash is kept")
                .body(JSON, object(), "{label, userId}").problems(400, 401, 422);
        get("/api/v1/api-keys", "security", "The caller's keys, or a user's it administers")
                .query("userId", false, "whose keys", id()).parameter("offset").parameter("limit")
                .okJson("one page of keys", ref("Page")).problems(400, 401, 404);
        add("delete", "/api/v1/api-keys/{keyId}", "security", "Revokes an API key for good").problems(401, 422);
    }

    /** Marks every operation that needs a credential, with the roles that may call it, from the route policy. */
    private void annotateAccess() {
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            org.openets.security.RouteRule rule = org.openets.security.RoutePolicy.of(
                    method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            ObjectNode operation = (ObjectNode) method.getValue();
            if (rule != null && !rule.isPublic()) {
                operation.putArray("security").addObject().putArray("bearer");
                ArrayNode roles = operation.putArray("x-roles");
                rule.roles().forEach(role -> roles.add(role.name()));
                ObjectNode responses = (ObjectNode) operation.get("responses");
                responses.putObject("401").put("$ref", "#/components/responses/401");
                responses.putObject("403").put("$ref", "#/components/responses/403");
            }
        }));
    }

    private OpenApiOperation get(String path, String tag, String summary) {
        return add("get", path, tag, summary);
    }

    /** Registers the operation now; its builder keeps filling the same node. */
    private OpenApiOperation add(String method, String path, String tag, String summary) {
        OpenApiOperation operation = new OpenApiOperation(path, tag, summary);
        ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        item.set(method, operation.node());
        return operation;
    }

    static ObjectNode string() {
        return Json.MAPPER.createObjectNode().put("type", "string");
    }

    static ObjectNode id() {
        return string().put("minLength", 1).put("maxLength", 100);
    }

    static ObjectNode date() {
        return string().put("format", "date");
    }

    static ObjectNode bool() {
        return Json.MAPPER.createObjectNode().put("type", "boolean");
    }

    static ObjectNode binary() {
        return string().put("contentMediaType", "application/octet-stream");
    }

    static ObjectNode object() {
        return Json.MAPPER.createObjectNode().put("type", "object");
    }

    static ObjectNode integer(long min, long max) {
        return Json.MAPPER.createObjectNode().put("type", "integer").put("minimum", min).put("maximum", max);
    }

    static ObjectNode array(ObjectNode items) {
        ObjectNode array = Json.MAPPER.createObjectNode().put("type", "array");
        array.set("items", items);
        return array;
    }

    static ObjectNode ref(String schema) {
        return Json.MAPPER.createObjectNode().put("$ref", "#/components/schemas/" + schema);
    }

    static ObjectNode enumOf(Object[] values) {
        return enumOf(Arrays.stream(values).map(String::valueOf).toList());
    }

    static ObjectNode enumOf(Collection<String> values) {
        ObjectNode schema = string();
        ArrayNode list = schema.putArray("enum");
        List.copyOf(values).forEach(list::add);
        return schema;
    }
}
