package org.openets.compliance;

import java.time.LocalDate;

/**
 * Offset credits offered in a surrender, from one project: when the project was registered, whether it lies
 * inside a covered entity (such credits never count, MEE19 Art 29), and how many tonnes.
 */
public record OffsetCredit(String projectId, LocalDate projectRegisteredOn, boolean insideCoveredEntity,
                           long quantity) {

    public OffsetCredit {
        ComplianceInputException.requirePresent("projectId", OffsetCap.RULE_CAP, projectId);
        ComplianceInputException.requirePresent("projectRegisteredOn", OffsetCap.RULE_REGISTRATION_DATE,
                projectRegisteredOn);
        ComplianceInputException.requirePositive("quantity", OffsetCap.RULE_CAP, quantity);
    }
}
