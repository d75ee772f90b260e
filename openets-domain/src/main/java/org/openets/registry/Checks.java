package org.openets.registry;

import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Fields;

/** Validation shared by the registry's handlers; each returns the rejection or null when the check passes. */
final class Checks {

    private Checks() {
    }

    static Rejection id(String value, String field) {
        return Fields.isId(value) ? null : Rejection.of(RejectCode.INVALID_FIELD, field, RegistryRejects.FIELD_FORMAT,
                field + " must be 1-64 letters, digits or . _ : -");
    }

    static Rejection text(String value, String field) {
        return Fields.isText(value) ? null : Rejection.of(RejectCode.INVALID_FIELD, field,
                RegistryRejects.FIELD_FORMAT, field + " must be 1-" + Fields.MAX_TEXT_LENGTH + " characters");
    }

    static Rejection quantity(long quantity) {
        return quantity > 0 && quantity <= RegistryRejects.MAX_QUANTITY ? null : Rejection.of(
                RejectCode.INVALID_FIELD, "quantity", RegistryRejects.QUANTITY_RANGE,
                "quantity must be 1 to " + RegistryRejects.MAX_QUANTITY + " tonnes");
    }

    static Rejection unknownAccount(String field) {
        return Rejection.of(RegistryRejects.UNKNOWN_ACCOUNT, field, RegistryRejects.ACCOUNT_KNOWN, "no such account");
    }

    /** The unit must be a valid code that has been issued. */
    static Rejection issuedUnit(RegistryState state, String unit) {
        if (state.units.containsKey(unit)) {
            return null;
        }
        if (UnitCode.parse(unit, state.unifiedAuthority()) == null) {
            return Rejection.of(RejectCode.INVALID_FIELD, "unit", RegistryRejects.UNIT_CODE, "not a unit code");
        }
        return Rejection.of(RegistryRejects.UNKNOWN_UNIT, "unit", RegistryRejects.UNIT_ISSUED,
                "no units of this code have been issued");
    }

    static Rejection representative(Account account, String actorId) {
        return account.representatives.contains(actorId) ? null : Rejection.of(RejectCode.NOT_AUTHORISED, "actorId",
                RegistryRejects.REPRESENTATIVE_ONLY, "only an authorised representative of the account may do this");
    }

    static Rejection regulator(Actor actor, String jurisdiction) {
        return actor != null && actor.isRegulatorOf(jurisdiction) ? null : Rejection.of(RejectCode.NOT_AUTHORISED,
                "actorId", RegistryRejects.REGULATOR_ONLY, "only a regulator of " + jurisdiction + " may do this");
    }

    static Rejection notFrozen(Account account, String field) {
        return account.frozen ? Rejection.of(RegistryRejects.ACCOUNT_FROZEN, field,
                RegistryRejects.FROZEN_ACCOUNT_SENDS_NOTHING, "a frozen account sends nothing") : null;
    }

    static Rejection available(Account account, String unit, long quantity) {
        UnitHolding holding = account.holdings.get(unit);
        long available = holding == null ? 0 : holding.total(org.openets.core.Position.AVAILABLE);
        return available >= quantity ? null : Rejection.of(RegistryRejects.INSUFFICIENT_UNITS, "quantity",
                RegistryRejects.AVAILABLE_ONLY, "only " + available + " t available");
    }

    static Rejection duplicate(String field) {
        return Rejection.of(RegistryRejects.DUPLICATE_ID, field, RegistryRejects.ID_UNIQUE, field + " already used");
    }
}
