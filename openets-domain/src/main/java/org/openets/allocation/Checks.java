package org.openets.allocation;

import org.openets.core.ApplyContext;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.mrv.EntityRegistered;
import org.openets.mrv.Mrv;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Rulebook;

/** Checks that read other contexts: jurisdictions and actors from the rulebook, entities from MRV. */
final class Checks {

    private Checks() {
    }

    static void jurisdiction(Rulebook rulebook, String code) {
        Rejection unknown = rulebook.knownJurisdiction(code, "jurisdiction");
        if (unknown != null) {
            throw new Refused(unknown);
        }
    }

    /** A regulator of the jurisdiction or of the unified-market authority. */
    static void regulator(Rulebook rulebook, ApplyContext context, String jurisdiction) {
        Actor actor = rulebook.actor(context.actorId());
        Refused.require(actor != null && actor.isRegulatorOf(jurisdiction), RejectCode.NOT_AUTHORISED, "actorId",
                AllocationRejects.REGULATOR_ONLY, "only a regulator of " + jurisdiction + " decides its allocation");
    }

    static EntityRegistered entity(Mrv mrv, String entityId) {
        EntityRegistered entity = mrv.registered(entityId);
        Refused.require(entity != null, AllocationRejects.UNKNOWN_ENTITY, "entityId", AllocationRejects.ENTITY_KNOWN,
                "no entity " + entityId + " is registered");
        return entity;
    }

    static AllocationState.Year openYear(AllocationState state, String jurisdiction, int year) {
        AllocationState.Year open = state.year(jurisdiction, year);
        Refused.require(open != null, AllocationRejects.UNKNOWN_YEAR, "year", AllocationRejects.YEAR_OPEN,
                jurisdiction + " has not opened allocation year " + year);
        return open;
    }
}
