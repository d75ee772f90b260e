package org.openets.security;

import static org.openets.access.UserRole.AUDITOR;
import static org.openets.access.UserRole.AUTHORITY;
import static org.openets.access.UserRole.MEMBER_ADMIN;
import static org.openets.access.UserRole.OPERATOR;
import static org.openets.access.UserRole.REGULATOR;
import static org.openets.access.UserRole.REPRESENTATIVE_APPROVER;
import static org.openets.access.UserRole.REPRESENTATIVE_INITIATOR;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openets.access.UserRole;
import org.openets.security.RouteRule.Scope;

/**
 * Every HTTP route with the roles and scope it allows, in one table, so that what a role may reach can be read
 * (and tested) in one place. A route missing here is refused to everyone.
 */
public final class RoutePolicy {

    /** Roles that supervise or audit the market and so read across accounts. */
    public static final Set<UserRole> SUPERVISORS = Collections.unmodifiableSet(
            EnumSet.of(OPERATOR, REGULATOR, AUTHORITY, AUDITOR));
    static final Set<UserRole> ADMINISTRATORS = EnumSet.of(OPERATOR, REGULATOR, AUTHORITY, MEMBER_ADMIN);
    static final Set<UserRole> EVERY_USER = EnumSet.allOf(UserRole.class);

    private static final Map<String, RouteRule> RULES = new TreeMap<>();

    static {
        for (String route : new String[] {
            "GET /", "GET /health", "GET /api/v1/openapi.json", "GET /api/v1/commands", "GET /api/v1/state/hash",
            "GET /api/v1/instruments", "GET /api/v1/instruments/{symbol}", "GET /api/v1/instruments/{symbol}/depth",
            "GET /api/v1/instruments/{symbol}/klines", "GET /api/v1/instruments/{symbol}/stats",
            "GET /api/v1/instruments/{symbol}/trades", "GET /api/v1/auctions", "GET /api/v1/auctions/{auctionId}",
            "GET /api/v1/rules", "GET /api/v1/entities", "GET /api/v1/entities/{entityId}", "GET /api/v1/emissions",
            "GET /api/v1/compliance", "GET /api/v1/compliance/summary", "GET /api/v1/enforcement",
            "GET /api/v1/offset-projects", "GET /api/v1/retirements", "GET /api/v1/allocation/years",
            "GET /api/v1/allocations", "POST /api/v1/auth/sign-in", "POST /api/v1/auth/refresh",
            "GET /api/v1/rulebook", "GET /api/v1/jurisdictions", "GET /api/v1/rules/{ruleId}", "GET /api/v1/calendar",
            "GET /api/v1/units", "GET /api/v1/entities/{entityId}/installations", "GET /api/v1/emission-factors",
            "GET /api/v1/block-trades"}) {
            RULES.put(route, RouteRule.open());
        }
        RULES.put("GET /metrics", RouteRule.roles(SUPERVISORS));
        RULES.put("GET /api/v1/accounts", RouteRule.roles(SUPERVISORS));
        for (String path : new String[] {"", "/funds", "/holdings", "/statement", "/trading", "/transfers"}) {
            RULES.put("GET /api/v1/accounts/{id}" + path, RouteRule.scoped(Scope.ACCOUNT_IN_PATH, "id"));
        }
        RULES.put("GET /api/v1/accounts/{id}/trusted", RouteRule.scoped(Scope.ACCOUNT_IN_PATH, "id"));
        RULES.put("GET /api/v1/block-trades/proposals", RouteRule.scoped(Scope.ACCOUNT_IN_QUERY, "accountId"));
        RULES.put("GET /api/v1/reports", RouteRule.scoped(Scope.ENTITY_IN_QUERY, "entityId"));
        RULES.put("GET /api/v1/reports/{reportId}", RouteRule.scoped(Scope.REPORT_IN_PATH, "reportId"));
        RULES.put("GET /api/v1/entities/{entityId}/carry-over", RouteRule.scoped(Scope.ENTITY_IN_PATH, "entityId"));
        RULES.put("GET /api/v1/transfers/pending", RouteRule.scoped(Scope.ACCOUNT_IN_QUERY, "accountId"));
        RULES.put("GET /api/v1/transfers/{id}", RouteRule.scoped(Scope.TRANSFER_IN_PATH, "id"));
        RULES.put("GET /api/v1/orders", RouteRule.scoped(Scope.ACCOUNT_IN_QUERY, "accountId"));
        RULES.put("GET /api/v1/orders/{orderId}", RouteRule.scoped(Scope.ORDER_IN_PATH, "orderId"));
        RULES.put("GET /api/v1/audit", RouteRule.roles(EnumSet.of(AUDITOR, REGULATOR, AUTHORITY)));
        Set<UserRole> senders = EnumSet.complementOf(EnumSet.of(AUDITOR));
        RULES.put("POST /api/v1/commands", RouteRule.roles(senders));
        RULES.put("POST /api/v1/imports/reports", RouteRule.roles(EnumSet.of(OPERATOR, REGULATOR, AUTHORITY,
                REPRESENTATIVE_INITIATOR, REPRESENTATIVE_APPROVER)));
        for (String route : new String[] {"POST /api/v1/auth/sign-out", "GET /api/v1/auth/me",
            "POST /api/v1/auth/password", "POST /api/v1/auth/second-factor/secret",
            "POST /api/v1/auth/second-factor", "POST /api/v1/api-keys", "GET /api/v1/api-keys",
            "DELETE /api/v1/api-keys/{keyId}"}) {
            RULES.put(route, RouteRule.roles(EVERY_USER));
        }
        RULES.put("POST /api/v1/users", RouteRule.roles(ADMINISTRATORS));
        Set<UserRole> userReaders = EnumSet.copyOf(ADMINISTRATORS);
        userReaders.add(AUDITOR);
        RULES.put("GET /api/v1/users", RouteRule.roles(userReaders));
        RULES.put("GET /api/v1/users/{userId}", RouteRule.roles(userReaders));
    }

    private RoutePolicy() {
    }

    /** The rule of "METHOD path" as the router registered it, or null when the route has none. */
    public static RouteRule of(String route) {
        return RULES.get(route);
    }

    public static Map<String, RouteRule> all() {
        return Collections.unmodifiableMap(RULES);
    }
}
