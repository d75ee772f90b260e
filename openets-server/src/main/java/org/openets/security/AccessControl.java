package org.openets.security;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Optional;
import org.openets.api.ApiException;
import org.openets.api.Problem;
import org.openets.runtime.EngineRunner;
import org.openets.store.ExchangeHistory;
import org.openets.store.TransferHistory;

/**
 * Runs before every matched route: authenticates the bearer credential, if any, and enforces the route's
 * {@link RouteRule} from {@link RoutePolicy}. Handlers find the caller with {@link #principal(Context)}.
 */
public final class AccessControl {

    private static final String PRINCIPAL = "openets.principal";

    private final Authenticator authenticator;
    private final EngineRunner runner;
    private final TransferHistory transfers;
    private final ExchangeHistory orders;

    public AccessControl(Authenticator authenticator, EngineRunner runner, TransferHistory transfers,
                         ExchangeHistory orders) {
        this.authenticator = authenticator;
        this.runner = runner;
        this.transfers = transfers;
        this.orders = orders;
    }

    public void routes(JavalinConfig config) {
        config.routes.beforeMatched(this::check);
    }

    /** The signed-in caller, or empty for an anonymous request to a public route. */
    public static Optional<Principal> principal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    /** The signed-in caller of a route that requires one. */
    public static Principal required(Context ctx) {
        return principal(ctx).orElseThrow(() -> new ApiException(unauthenticated("sign in first")));
    }

    private void check(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null || !endpoint.method.isHttpMethod()) {
            return;
        }
        String route = endpoint.method.name() + " " + endpoint.path;
        RouteRule rule = RoutePolicy.of(route);
        Principal principal = authenticate(ctx);
        if (rule == null) {
            throw new ApiException(forbidden("API-ROUTE-POLICY", "this route has no access rule"));
        }
        if (rule.isPublic()) {
            return;
        }
        if (principal == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"openets\"");
            throw new ApiException(unauthenticated("sign in (POST /api/v1/auth/sign-in) or send an API key as"
                    + " Authorization: Bearer"));
        }
        if (!rule.allows(principal.role())) {
            throw new ApiException(forbidden("API-ROUTE-ROLE", "a " + principal.role() + " may not call " + route));
        }
        checkScope(ctx, rule, principal);
    }

    private Principal authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return null;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(unauthenticated("send the token or API key as Authorization: Bearer <credential>"));
        }
        Principal principal = authenticator.authenticate(header.substring(7).trim()).orElseThrow(() ->
                new ApiException(unauthenticated("the token is expired or unknown, or the API key is revoked")));
        ctx.attribute(PRINCIPAL, principal);
        return principal;
    }

    private void checkScope(Context ctx, RouteRule rule, Principal principal) {
        boolean allowed = switch (rule.scope()) {
            case NONE -> true;
            case ACCOUNT_IN_PATH -> account(principal, ctx.pathParam(rule.parameter()));
            case ACCOUNT_IN_QUERY -> {
                String account = ctx.queryParam(rule.parameter());
                yield account == null ? RoutePolicy.SUPERVISORS.contains(principal.role())
                        : account(principal, account);
            }
            case ORDER_IN_PATH -> {
                String orderId = ctx.pathParam(rule.parameter());
                String account = EngineAnswers.ask(runner, engine -> Scopes.accountOfOrder(engine, orderId));
                if (account == null) {
                    account = orders.order(orderId).map(ExchangeHistory.Order::accountId).orElse(null);
                }
                yield account == null || account(principal, account);
            }
            case ENTITY_IN_PATH -> entity(principal, ctx.pathParam(rule.parameter()));
            case REPORT_IN_PATH -> EngineAnswers.ask(runner, engine -> Scopes.maySeeReport(engine, principal,
                    ctx.pathParam(rule.parameter())));
            case ENTITY_IN_QUERY -> {
                String entity = ctx.queryParam(rule.parameter());
                yield entity == null ? RoutePolicy.SUPERVISORS.contains(principal.role())
                        || principal.role() == org.openets.access.UserRole.VERIFIER : entity(principal, entity);
            }
            case TRANSFER_IN_PATH -> {
                String transferId = ctx.pathParam(rule.parameter());
                Boolean open = EngineAnswers.ask(runner,
                        engine -> Scopes.maySeeOpenTransfer(engine, principal, transferId));
                yield open != null ? open : transfers.find(transferId).map(t ->
                        account(principal, String.valueOf(t.get("fromAccount")))
                                || account(principal, String.valueOf(t.get("toAccount")))).orElse(true);
            }
        };
        if (!allowed) {
            throw new ApiException(forbidden("API-SCOPE", rule.scope() == RouteRule.Scope.ACCOUNT_IN_QUERY
                    && ctx.queryParam(rule.parameter()) == null
                    ? "name one of your accounts in " + rule.parameter()
                    : "the account is not one you represent, trade for or supervise"));
        }
    }

    private boolean entity(Principal principal, String entityId) {
        return EngineAnswers.ask(runner, engine -> Scopes.maySeeEntity(engine, principal, entityId));
    }

    private boolean account(Principal principal, String accountId) {
        return EngineAnswers.ask(runner, engine -> Scopes.maySeeAccount(engine, principal, accountId));
    }

    static Problem unauthenticated(String detail) {
        return new Problem("https://openets.org/problems/unauthenticated", "Not signed in", 401, detail,
                "Authorization", "API-AUTHENTICATION", null, null);
    }

    static Problem forbidden(String rule, String detail) {
        return new Problem("https://openets.org/problems/forbidden", "Forbidden", 403, detail, "Authorization",
                rule, null, null);
    }

}
