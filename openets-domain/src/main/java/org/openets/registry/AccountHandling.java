package org.openets.registry;

import org.openets.core.ApplyContext;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Role;

/** Opening accounts, representatives, account limits, account freezes and the trusted list. */
final class AccountHandling {

    private final RegistryState state;

    AccountHandling(RegistryState state) {
        this.state = state;
    }

    Rejection open(OpenAccount c, ApplyContext context) {
        Rejection invalid = firstOf(Checks.id(c.accountId(), "accountId"), Checks.id(c.holderId(), "holderId"),
                Checks.text(c.holderName(), "holderName"));
        if (invalid != null) {
            return invalid;
        }
        if (c.type() == null) {
            return Rejection.of(RejectCode.INVALID_FIELD, "type", RegistryRejects.FIELD_FORMAT,
                    "an account type is required");
        }
        Rejection unknown = state.rulebook.knownJurisdiction(c.jurisdiction(), "jurisdiction");
        if (unknown != null) {
            return unknown;
        }
        Actor actor = state.rulebook.actor(context.actorId());
        if (actor == null || !actor.administers(c.jurisdiction())) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", RegistryRejects.ACCOUNT_ADMINISTRATION,
                    "only the operator or a regulator of the jurisdiction opens accounts");
        }
        if (state.accounts.containsKey(c.accountId())) {
            return Rejection.of(RegistryRejects.ACCOUNT_EXISTS, "accountId", RegistryRejects.ACCOUNT_UNIQUE,
                    "account already open");
        }
        state.accounts.put(c.accountId(),
                new Account(c.accountId(), c.type(), c.jurisdiction(), c.holderId(), c.holderName()));
        context.emit(new AccountOpened(c.accountId(), c.type(), c.jurisdiction(), c.holderId(), c.holderName()));
        return null;
    }

    Rejection addRepresentative(AddRepresentative c, ApplyContext context) {
        Rejection invalid = firstOf(Checks.id(c.accountId(), "accountId"), Checks.id(c.actorId(), "actorId"));
        if (invalid != null) {
            return invalid;
        }
        Account account = state.accounts.get(c.accountId());
        if (account == null) {
            return Checks.unknownAccount("accountId");
        }
        Actor actor = state.rulebook.actor(context.actorId());
        if (actor == null || !actor.administers(account.jurisdiction)) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", RegistryRejects.ACCOUNT_ADMINISTRATION,
                    "only the operator or a regulator of the jurisdiction adds representatives");
        }
        Actor representative = state.rulebook.actor(c.actorId());
        if (representative == null
                || representative.role() != Role.REPRESENTATIVE && representative.role() != Role.MEMBER) {
            return Rejection.of(RegistryRejects.UNKNOWN_ACTOR, "actorId", RegistryRejects.REPRESENTATIVE_ROLE,
                    "a representative is a registered actor with role REPRESENTATIVE or MEMBER");
        }
        if (account.representatives.contains(c.actorId())) {
            return Rejection.of(RegistryRejects.ALREADY_SO, "actorId", RegistryRejects.STATE_CHANGE,
                    "already a representative");
        }
        account.representatives.add(c.actorId());
        context.emit(new RepresentativeAdded(c.accountId(), c.actorId()));
        return null;
    }

    Rejection setTransferLimit(SetAccountTransferLimit c, ApplyContext context) {
        Rejection invalid = Checks.id(c.accountId(), "accountId");
        if (invalid != null) {
            return invalid;
        }
        if (c.limitTonnes() < 0 || c.limitTonnes() > RegistryRejects.MAX_QUANTITY) {
            return Rejection.of(RejectCode.INVALID_FIELD, "limitTonnes", RegistryRejects.QUANTITY_RANGE,
                    "a limit is 0 (none) to " + RegistryRejects.MAX_QUANTITY + " tonnes");
        }
        Account account = state.accounts.get(c.accountId());
        if (account == null) {
            return Checks.unknownAccount("accountId");
        }
        Rejection unauthorised = Checks.regulator(state.rulebook.actor(context.actorId()), account.jurisdiction);
        if (unauthorised != null) {
            return unauthorised;
        }
        account.transferLimitTonnes = c.limitTonnes();
        context.emit(new AccountTransferLimitSet(c.accountId(), c.limitTonnes()));
        return null;
    }

    Rejection freeze(String accountId, String reason, boolean freeze, ApplyContext context) {
        Rejection invalid = firstOf(Checks.id(accountId, "accountId"), Checks.text(reason, "reason"));
        if (invalid != null) {
            return invalid;
        }
        Account account = state.accounts.get(accountId);
        if (account == null) {
            return Checks.unknownAccount("accountId");
        }
        Rejection unauthorised = Checks.regulator(state.rulebook.actor(context.actorId()), account.jurisdiction);
        if (unauthorised != null) {
            return unauthorised;
        }
        if (account.frozen == freeze) {
            return Rejection.of(RegistryRejects.ALREADY_SO, "accountId", RegistryRejects.STATE_CHANGE,
                    freeze ? "already frozen" : "not frozen");
        }
        account.frozen = freeze;
        context.emit(freeze ? new AccountFrozen(accountId, reason, context.actorId())
                : new AccountUnfrozen(accountId, reason, context.actorId()));
        return null;
    }

    Rejection proposeTrusted(ProposeTrustedAccount c, ApplyContext context) {
        Rejection refused = checkTrustedPair(c.accountId(), c.trustedAccountId(), context);
        if (refused != null) {
            return refused;
        }
        Account account = state.accounts.get(c.accountId());
        if (account.trusted.containsKey(c.trustedAccountId())
                || account.holderId.equals(state.accounts.get(c.trustedAccountId()).holderId)) {
            return Rejection.of(RegistryRejects.TRUSTED_LIST_STATE, "trustedAccountId", RegistryRejects.STATE_CHANGE,
                    "already on the trusted list, proposed, or of the same holder");
        }
        account.trusted.put(c.trustedAccountId(),
                new TrustedEntry(c.trustedAccountId(), TrustedState.PROPOSED, context.actorId(), null, 0));
        context.emit(new TrustedAccountProposed(c.accountId(), c.trustedAccountId(), context.actorId()));
        return null;
    }

    Rejection approveTrusted(ApproveTrustedAccount c, ApplyContext context) {
        Rejection refused = checkTrustedPair(c.accountId(), c.trustedAccountId(), context);
        if (refused != null) {
            return refused;
        }
        Account account = state.accounts.get(c.accountId());
        TrustedEntry entry = account.trusted.get(c.trustedAccountId());
        if (entry == null || entry.state() != TrustedState.PROPOSED) {
            return Rejection.of(RegistryRejects.TRUSTED_LIST_STATE, "trustedAccountId", RegistryRejects.STATE_CHANGE,
                    "no proposed addition to approve");
        }
        if (entry.proposedBy().equals(context.actorId())) {
            return Rejection.of(RegistryRejects.SAME_REPRESENTATIVE, "actorId",
                    RegistryRejects.TRUSTED_LIST_TWO_REPRESENTATIVES, "a second representative must approve");
        }
        long effectiveAt = TransferTiming.trustedEffectiveAt(context.timestampMillis(), state.rulebook);
        account.trusted.put(c.trustedAccountId(), new TrustedEntry(c.trustedAccountId(), TrustedState.APPROVED,
                entry.proposedBy(), context.actorId(), effectiveAt));
        state.schedule.add(new Scheduled(effectiveAt, Scheduled.TRUSTED, c.accountId(), c.trustedAccountId()));
        context.emit(new TrustedAccountApproved(c.accountId(), c.trustedAccountId(), context.actorId(), effectiveAt));
        return null;
    }

    Rejection removeTrusted(RemoveTrustedAccount c, ApplyContext context) {
        Rejection refused = checkTrustedPair(c.accountId(), c.trustedAccountId(), context);
        if (refused != null) {
            return refused;
        }
        Account account = state.accounts.get(c.accountId());
        TrustedEntry entry = account.trusted.remove(c.trustedAccountId());
        if (entry == null) {
            return Rejection.of(RegistryRejects.TRUSTED_LIST_STATE, "trustedAccountId", RegistryRejects.STATE_CHANGE,
                    "not on the trusted list");
        }
        if (entry.state() == TrustedState.APPROVED) {
            state.schedule.remove(new Scheduled(entry.effectiveAtMillis(), Scheduled.TRUSTED, c.accountId(),
                    c.trustedAccountId()));
        }
        context.emit(new TrustedAccountRemoved(c.accountId(), c.trustedAccountId(), context.actorId()));
        return null;
    }

    /** Carries out a trusted-list addition that has fallen due. */
    void activate(Scheduled due, ApplyContext context) {
        Account account = state.accounts.get(due.id());
        TrustedEntry entry = account.trusted.get(due.secondId());
        account.trusted.put(due.secondId(), new TrustedEntry(entry.trustedAccountId(), TrustedState.ACTIVE,
                entry.proposedBy(), entry.approvedBy(), entry.effectiveAtMillis()));
        context.emit(new TrustedAccountActivated(due.id(), due.secondId()));
    }

    private Rejection checkTrustedPair(String accountId, String trustedAccountId, ApplyContext context) {
        Rejection invalid = firstOf(Checks.id(accountId, "accountId"), Checks.id(trustedAccountId, "trustedAccountId"));
        if (invalid != null) {
            return invalid;
        }
        Account account = state.accounts.get(accountId);
        if (account == null) {
            return Checks.unknownAccount("accountId");
        }
        if (!state.accounts.containsKey(trustedAccountId)) {
            return Checks.unknownAccount("trustedAccountId");
        }
        if (accountId.equals(trustedAccountId)) {
            return Rejection.of(RegistryRejects.SAME_ACCOUNT, "trustedAccountId", RegistryRejects.DIFFERENT_ACCOUNTS,
                    "an account is not on its own trusted list");
        }
        return Checks.representative(account, context.actorId());
    }

    static Rejection firstOf(Rejection... checks) {
        for (Rejection check : checks) {
            if (check != null) {
                return check;
            }
        }
        return null;
    }
}
