package org.openets.security;

import org.openets.access.UserRole;
import org.openets.engine.Engine;
import org.openets.exchange.Exchange;
import org.openets.exchange.OrderView;
import org.openets.registry.AccountView;
import org.openets.registry.Registry;
import org.openets.registry.TransferView;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Rulebook;

/**
 * Whose data a principal may read, asked on the engine thread: the operator and the auditor read every account,
 * a regulator the accounts of its jurisdiction (the unified authority: all), anyone else the accounts it
 * represents or trades for as their member.
 */
final class Scopes {

    private Scopes() {
    }

    static boolean maySeeAccount(Engine engine, Principal principal, String accountId) {
        if (principal.role() == UserRole.OPERATOR || principal.role() == UserRole.AUDITOR) {
            return true;
        }
        AccountView account = engine.context(Registry.class).account(accountId);
        if (account == null) {
            return true; // the route answers 404: that an id is unused is no one's secret
        }
        Actor actor = engine.context(Rulebook.class).actor(principal.actorId());
        if (actor != null && actor.isRegulatorOf(account.jurisdiction())) {
            return true;
        }
        return account.representatives().contains(principal.actorId())
                || principal.actorId().equals(engine.context(Exchange.class).memberOf(accountId));
    }

    /** An entity's data goes with its holding account; verifiers see every entity's, as they verify any. */
    static boolean maySeeEntity(Engine engine, Principal principal, String entityId) {
        if (principal.role() == UserRole.VERIFIER) {
            return true;
        }
        org.openets.mrv.EntityRegistered entity = engine.context(org.openets.mrv.Mrv.class).registered(entityId);
        return entity == null || maySeeAccount(engine, principal, entity.holdingAccountId());
    }

    /** A report goes with its entity; an unknown one is answered 404 by the route. */
    static boolean maySeeReport(Engine engine, Principal principal, String reportId) {
        org.openets.mrv.ReportView report = engine.context(org.openets.mrv.Mrv.class).report(reportId);
        return report == null || maySeeEntity(engine, principal, report.entityId());
    }

    /** The account of an order still in the engine, or null when it is not there. */
    static String accountOfOrder(Engine engine, String orderId) {
        OrderView order = engine.context(Exchange.class).order(orderId);
        return order == null ? null : order.accountId();
    }

    /** Whether the principal may see either side of an open transfer; null when it is no longer open. */
    static Boolean maySeeOpenTransfer(Engine engine, Principal principal, String transferId) {
        TransferView transfer = engine.context(Registry.class).transfer(transferId);
        if (transfer == null) {
            return null;
        }
        return maySeeAccount(engine, principal, transfer.fromAccount())
                || maySeeAccount(engine, principal, transfer.toAccount());
    }
}
