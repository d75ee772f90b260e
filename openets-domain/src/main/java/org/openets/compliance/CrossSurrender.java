package org.openets.compliance;

/**
 * Units surrendered in one jurisdiction, grouped by the jurisdiction that issued them (units carry their
 * issuer, DOMAIN §14). Jurisdictions are named by their two-letter codes.
 */
public record CrossSurrender(String issuer, String surrenderedIn, long quantity) {

    public CrossSurrender {
        ComplianceInputException.requirePresent("issuer", NetFlow.RULE, issuer);
        ComplianceInputException.requirePresent("surrenderedIn", NetFlow.RULE, surrenderedIn);
        ComplianceInputException.requireNonNegative("quantity", NetFlow.RULE, quantity);
    }
}
