package org.openets.registry;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openets.core.ApplyContext;
import org.openets.core.Event;
import org.openets.core.Position;
import org.openets.core.Rejection;
import org.openets.rulebook.Actor;

/**
 * Issuance and the moves of units within one account: surrender, cancellation, retirement, pledges, unit
 * freezes, invalidation and expiry. Only available units move, lowest serials first. Surrender, cancellation,
 * retirement and pledges are sends, so a frozen account cannot make them; a regulator may still freeze,
 * invalidate or expire units of a frozen account.
 */
final class UnitHandling {

    /** Who may move units within an account. */
    enum Authority { REPRESENTATIVE, REPRESENTATIVE_OR_REGULATOR, REGULATOR }

    private final RegistryState state;

    UnitHandling(RegistryState state) {
        this.state = state;
    }

    Rejection issue(IssueUnits c, ApplyContext context) {
        Rejection invalid = AccountHandling.firstOf(Checks.id(c.accountId(), "accountId"),
                Checks.quantity(c.quantity()));
        if (invalid != null) {
            return invalid;
        }
        UnitCode code = state.unitCode(c.unit());
        if (code == null) {
            return Rejection.of(org.openets.core.RejectCode.INVALID_FIELD, "unit", RegistryRejects.UNIT_CODE,
                    "not a unit code");
        }
        Rejection unknown = state.rulebook.knownJurisdiction(code.jurisdiction(), "unit");
        if (unknown != null) {
            return unknown;
        }
        Account account = state.accounts.get(c.accountId());
        if (account == null) {
            return Checks.unknownAccount("accountId");
        }
        Rejection unauthorised = Checks.regulator(state.rulebook.actor(context.actorId()), code.jurisdiction());
        if (unauthorised != null) {
            return unauthorised;
        }
        if (!state.canIssue(c.unit(), c.quantity())) {
            return Rejection.of(RegistryRejects.SERIALS_EXHAUSTED, "quantity", RegistryRejects.SERIAL_CAPACITY,
                    "no serials left for this unit code");
        }
        SerialBlock block = state.issue(code, account, c.quantity());
        context.emit(new UnitsIssued(c.accountId(), c.unit(), c.quantity(), List.of(block)));
        return null;
    }

    Rejection surrender(SurrenderUnits c, ApplyContext context) {
        if (c.complianceYear() < 2000 || c.complianceYear() > 2099) {
            return Rejection.of(org.openets.core.RejectCode.INVALID_FIELD, "complianceYear",
                    RegistryRejects.FIELD_FORMAT, "a compliance year is 2000 to 2099");
        }
        return move(context, c.accountId(), c.unit(), c.quantity(), null, Authority.REPRESENTATIVE_OR_REGULATOR,
                true, Position.SURRENDERED, blocks -> new UnitsSurrendered(c.accountId(), c.unit(), c.quantity(),
                        c.complianceYear(), context.actorId(), blocks));
    }

    Rejection cancel(CancelUnits c, ApplyContext context) {
        return move(context, c.accountId(), c.unit(), c.quantity(), Checks.text(c.reason(), "reason"),
                Authority.REPRESENTATIVE, true, Position.CANCELLED,
                blocks -> new UnitsCancelled(c.accountId(), c.unit(), c.quantity(), c.reason(), blocks));
    }

    Rejection retire(RetireUnits c, ApplyContext context) {
        Rejection text = AccountHandling.firstOf(Checks.text(c.beneficiary(), "beneficiary"),
                Checks.text(c.reason(), "reason"));
        return move(context, c.accountId(), c.unit(), c.quantity(), text, Authority.REPRESENTATIVE, true,
                Position.RETIRED, blocks -> {
                    state.retirements.add(new Retirement(context.sequence(), c.accountId(), c.unit(), c.quantity(),
                            c.beneficiary(), c.reason(), blocks));
                    return new UnitsRetired(c.accountId(), c.unit(), c.quantity(), c.beneficiary(), c.reason(), blocks);
                });
    }

    Rejection invalidate(InvalidateUnits c, ApplyContext context) {
        return move(context, c.accountId(), c.unit(), c.quantity(), Checks.text(c.reason(), "reason"),
                Authority.REGULATOR, false, Position.INVALIDATED,
                blocks -> new UnitsInvalidated(c.accountId(), c.unit(), c.quantity(), c.reason(), blocks));
    }

    Rejection expire(ExpireUnits c, ApplyContext context) {
        return move(context, c.accountId(), c.unit(), c.quantity(), Checks.text(c.reason(), "reason"),
                Authority.REGULATOR, false, Position.EXPIRED,
                blocks -> new UnitsExpired(c.accountId(), c.unit(), c.quantity(), c.reason(), blocks));
    }

    Rejection lock(LockUnits c, ApplyContext context) {
        Rejection extra = AccountHandling.firstOf(Checks.id(c.lockId(), "lockId"), Checks.text(c.lender(), "lender"),
                state.locks.containsKey(c.lockId()) ? Checks.duplicate("lockId") : null);
        return move(context, c.accountId(), c.unit(), c.quantity(), extra, Authority.REPRESENTATIVE, true,
                Position.LOCKED, blocks -> {
                    state.locks.put(c.lockId(), new Hold(c.lockId(), c.accountId(), c.unit(), c.quantity(), c.lender(),
                            blocks));
                    return new UnitsLocked(c.lockId(), c.accountId(), c.unit(), c.quantity(), c.lender(), blocks);
                });
    }

    Rejection freeze(FreezeUnits c, ApplyContext context) {
        Rejection extra = AccountHandling.firstOf(Checks.id(c.freezeId(), "freezeId"), Checks.text(c.reason(), "reason"),
                state.freezes.containsKey(c.freezeId()) ? Checks.duplicate("freezeId") : null);
        return move(context, c.accountId(), c.unit(), c.quantity(), extra, Authority.REGULATOR, false,
                Position.FROZEN, blocks -> {
                    state.freezes.put(c.freezeId(), new Hold(c.freezeId(), c.accountId(), c.unit(), c.quantity(),
                            c.reason(), blocks));
                    return new UnitsFrozen(c.freezeId(), c.accountId(), c.unit(), c.quantity(), c.reason(), blocks);
                });
    }

    /** Releases a pledge: by the operator or a regulator, who record the lender's release. */
    Rejection unlock(UnlockUnits c, ApplyContext context) {
        Rejection refused = checkRelease(state.locks, c.lockId(), "lockId", true, context);
        if (refused != null) {
            return refused;
        }
        Hold hold = state.locks.remove(c.lockId());
        release(hold, Position.LOCKED);
        context.emit(new UnitsUnlocked(hold.holdId(), hold.accountId(), hold.unit(), hold.quantity(), hold.blocks()));
        return null;
    }

    Rejection unfreeze(UnfreezeUnits c, ApplyContext context) {
        Rejection refused = checkRelease(state.freezes, c.freezeId(), "freezeId", false, context);
        if (refused != null) {
            return refused;
        }
        Hold hold = state.freezes.remove(c.freezeId());
        release(hold, Position.FROZEN);
        context.emit(new UnitsUnfrozen(hold.holdId(), hold.accountId(), hold.unit(), hold.quantity(), hold.blocks()));
        return null;
    }

    private Rejection checkRelease(Map<String, Hold> holds, String id, String field, boolean operatorMay,
                                   ApplyContext context) {
        Rejection invalid = Checks.id(id, field);
        if (invalid != null) {
            return invalid;
        }
        Hold hold = holds.get(id);
        if (hold == null) {
            return Rejection.of(RegistryRejects.UNKNOWN_HOLD, field, RegistryRejects.STATE_CHANGE, "no such " + field);
        }
        Actor actor = state.rulebook.actor(context.actorId());
        Account account = state.accounts.get(hold.accountId());
        boolean allowed = actor != null && (operatorMay ? actor.administers(account.jurisdiction)
                : actor.isRegulatorOf(account.jurisdiction));
        return allowed ? null : Checks.regulator(null, account.jurisdiction);
    }

    private void release(Hold hold, Position from) {
        UnitHolding holding = state.accounts.get(hold.accountId()).holding(hold.unit());
        holding.at(from).remove(hold.blocks());
        holding.at(Position.AVAILABLE).add(hold.blocks());
    }

    /**
     * Checks and moves {@code quantity} available units to {@code to}; {@code extra} is a command-specific
     * field check, {@code event} builds the event from the moved blocks (and may record them).
     */
    private Rejection move(ApplyContext context, String accountId, String unit, long quantity, Rejection extra,
                           Authority authority, boolean isSend, Position to,
                           Function<List<SerialBlock>, Event> event) {
        Rejection invalid = AccountHandling.firstOf(Checks.id(accountId, "accountId"), Checks.quantity(quantity),
                extra, Checks.issuedUnit(state, unit));
        if (invalid != null) {
            return invalid;
        }
        Account account = state.accounts.get(accountId);
        if (account == null) {
            return Checks.unknownAccount("accountId");
        }
        Rejection refused = AccountHandling.firstOf(authorise(account, authority, context),
                isSend ? Checks.notFrozen(account, "accountId") : null, Checks.available(account, unit, quantity));
        if (refused != null) {
            return refused;
        }
        UnitHolding holding = account.holdings.get(unit);
        List<SerialBlock> blocks = holding.at(Position.AVAILABLE).takeLowest(quantity);
        holding.at(to).add(blocks);
        context.emit(event.apply(blocks));
        return null;
    }

    private Rejection authorise(Account account, Authority authority, ApplyContext context) {
        Rejection notRepresentative = Checks.representative(account, context.actorId());
        if (authority == Authority.REPRESENTATIVE) {
            return notRepresentative;
        }
        Rejection notRegulator = Checks.regulator(state.rulebook.actor(context.actorId()), account.jurisdiction);
        if (authority == Authority.REGULATOR) {
            return notRegulator;
        }
        return notRepresentative == null || notRegulator == null ? null : notRepresentative;
    }
}
