package org.openets.compliance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The offset rules a surrender is checked against, to move into the rulebook when surrender is wired.
 *
 * @param capBps               most offsets a surrender may use, in basis points of verified emissions; default
 *                             500 = 5 % [MEE19 Art 29; REG24 Art 30; DOMAIN §10, one cap for CCER and regional
 *                             credits, our default]
 * @param registeredAfterByYear per compliance year, the date a CCER's project must have been registered
 *                             strictly after; 2025 and 2026 → 2024-01-22 [P2526D; DOMAIN §17 "Offsets"].
 *                             A year missing here accepts no offsets (DOMAIN §17 "Offsets")
 */
public record OffsetParameters(long capBps, Map<Integer, LocalDate> registeredAfterByYear) {

    public static final String RULE = "OFS-PARAMETERS";
    public static final long BASIS_POINTS = 10_000;
    public static final LocalDate P2526D_REGISTERED_AFTER = LocalDate.of(2024, 1, 22);

    /** 5 %, CCERs registered after 2024-01-22 for 2025 and 2026. */
    public static final OffsetParameters DEFAULT = new OffsetParameters(500,
            Map.of(2025, P2526D_REGISTERED_AFTER, 2026, P2526D_REGISTERED_AFTER));

    public OffsetParameters {
        if (capBps < 0 || capBps > BASIS_POINTS) {
            throw new ComplianceInputException("capBps", RULE, "must lie in 0..10000, was " + capBps);
        }
        ComplianceInputException.requirePresent("registeredAfterByYear", RULE, registeredAfterByYear);
        registeredAfterByYear = Map.copyOf(new TreeMap<>(registeredAfterByYear));
    }

    public Optional<LocalDate> registeredAfter(int complianceYear) {
        return Optional.ofNullable(registeredAfterByYear.get(complianceYear));
    }
}
