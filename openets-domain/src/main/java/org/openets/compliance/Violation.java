package org.openets.compliance;

/**
 * The violations REG24 fines, with their default schedules (DOMAIN §7, all REG24). Each default is a rulebook
 * parameter to be; the thresholds of the gains-based schedules are the low ends of their fixed ranges, which
 * the text states for Art 22 (500,000) and which we read the same way for Art 23 (DOMAIN §17 "Fines").
 */
public enum Violation {

    /** Failing to report emissions, or reporting late or incompletely: 50k–500k [REG24 Art 21]. */
    REPORTING_FAILURE("REG24 Art 21", FineSchedule.fixed(50_000, 500_000)),

    /** Data fraud by a covered entity: confiscation + 5–10 × gains, or 500k–2M if gains are nil or
     *  below 500k [REG24 Art 22]. */
    DATA_FRAUD("REG24 Art 22", FineSchedule.gains(5, 10, 500_000, 500_000, 2_000_000)),

    /** The persons responsible for an entity's data fraud: 50k–200k [REG24 Art 22]. */
    DATA_FRAUD_PERSON("REG24 Art 22", FineSchedule.fixed(50_000, 200_000)),

    /** A verification body's false or misleading report: 5–10 × gains, or 200k–1M [REG24 Art 23]. */
    VERIFIER_FRAUD("REG24 Art 23", FineSchedule.gains(5, 10, 200_000, 200_000, 1_000_000)),

    /** A testing laboratory's false data: 5–10 × gains, or 20k–100k [REG24 Art 23]. */
    LAB_FRAUD("REG24 Art 23", FineSchedule.gains(5, 10, 20_000, 20_000, 100_000)),

    /** The persons responsible at a verifier or lab: 20k–200k, plus a 5-year or lifetime ban that is not
     *  money and is left to the decision [REG24 Art 23]. */
    VERIFIER_OR_LAB_PERSON("REG24 Art 23", FineSchedule.fixed(20_000, 200_000)),

    /** Obstructing inspection: 20k–200k [REG24 Art 26]. */
    OBSTRUCTION("REG24 Art 26", FineSchedule.fixed(20_000, 200_000));

    private final String legalBasis;
    private final FineSchedule defaultSchedule;

    Violation(String legalBasis, FineSchedule defaultSchedule) {
        this.legalBasis = legalBasis;
        this.defaultSchedule = defaultSchedule;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public FineSchedule defaultSchedule() {
        return defaultSchedule;
    }
}
