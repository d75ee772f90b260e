package org.openets.compliance;

import java.util.OptionalLong;

/**
 * One entity's compliance summary for one year, for the later public listing (DOMAIN §7): its obligation
 * (verified emissions, once verified), allowances and offsets surrendered, the shortfall and the state.
 *
 * @param obligation empty until emissions are verified
 * @param shortfall  obligation − (allowances + offsets), never below 0; 0 while the obligation is unknown
 */
public record ComplianceStatus(String entityId, int year, OptionalLong obligation, long allowancesSurrendered,
                               long offsetsUsed, long shortfall, ComplianceState state) {

    public static final String RULE = "CMP-STATUS";

    /**
     * Summarises the entity. Before the deadline an entity that has not yet covered its obligation is
     * {@link ComplianceState#PENDING}, not short; once it has covered it, it is compliant at once.
     */
    public static ComplianceStatus of(String entityId, int year, OptionalLong obligation, long allowancesSurrendered,
                                      long offsetsUsed, boolean deadlinePassed) {
        ComplianceInputException.requirePresent("entityId", RULE, entityId);
        ComplianceInputException.requirePresent("obligation", RULE, obligation);
        ComplianceInputException.requireNonNegative("allowancesSurrendered", RULE, allowancesSurrendered);
        ComplianceInputException.requireNonNegative("offsetsUsed", RULE, offsetsUsed);
        if (obligation.isPresent()) {
            ComplianceInputException.requireNonNegative("obligation", RULE, obligation.getAsLong());
        }
        if (obligation.isEmpty()) {
            return new ComplianceStatus(entityId, year, obligation, allowancesSurrendered, offsetsUsed, 0,
                    ComplianceState.PENDING);
        }
        long surrendered = Math.addExact(allowancesSurrendered, offsetsUsed);
        long shortfall = Math.max(0, obligation.getAsLong() - surrendered);
        ComplianceState state = shortfall == 0 ? ComplianceState.COMPLIANT
                : deadlinePassed ? ComplianceState.SHORT : ComplianceState.PENDING;
        return new ComplianceStatus(entityId, year, obligation, allowancesSurrendered, offsetsUsed, shortfall, state);
    }
}
