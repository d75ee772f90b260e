package org.openets.security;

import java.util.EnumSet;
import java.util.Set;
import org.openets.access.UserRole;

/**
 * Who may call one route: nobody needs to sign in for a public route; otherwise the caller's role must be in
 * {@code roles}, and the resource the request names must be within the caller's {@link Scope}.
 */
public record RouteRule(boolean isPublic, Set<UserRole> roles, Scope scope, String parameter) {

    /** Which resource of the request is checked against the caller, and where the request names it. */
    public enum Scope {
        NONE,
        /** The account in the path parameter. */
        ACCOUNT_IN_PATH,
        /**
         * The account in the query parameter; a request without one reads across accounts, which only the
         * supervising roles (operator, regulators, auditor) may.
         */
        ACCOUNT_IN_QUERY,
        /** The account of the order in the path parameter. */
        ORDER_IN_PATH,
        /** Either account of the transfer in the path parameter. */
        TRANSFER_IN_PATH,
        /** The holding account of the entity in the path parameter. */
        ENTITY_IN_PATH,
        /** The holding account of the entity whose report the path parameter names. */
        REPORT_IN_PATH,
        /**
         * The holding account of the entity in the query parameter; without one, only the supervising roles and
         * verifiers (who verify any entity's reports) may read across entities.
         */
        ENTITY_IN_QUERY
    }

    static RouteRule open() {
        return new RouteRule(true, EnumSet.allOf(UserRole.class), Scope.NONE, null);
    }

    static RouteRule roles(Set<UserRole> roles) {
        return new RouteRule(false, roles, Scope.NONE, null);
    }

    static RouteRule scoped(Scope scope, String parameter) {
        return new RouteRule(false, EnumSet.allOf(UserRole.class), scope, parameter);
    }

    public boolean allows(UserRole role) {
        return isPublic || role != null && roles.contains(role);
    }
}
