package org.openets.mrv;

import java.util.EnumSet;
import java.util.Set;

/**
 * Parameters of who is covered (DOMAIN §1), to move into the rulebook when the list is wired to commands.
 *
 * @param keyEmitterTonnes        national key-emitter threshold, t CO2e/yr, inclusive: 26,000 [MEE19 Art 8; N25]
 * @param chongqingTonnes         Chongqing pilot coverage, t CO2e/yr, inclusive: 13,000 [ICAP25]
 * @param chongqingEnergyTce      Chongqing pilot coverage by energy use, tce/yr, inclusive: 5,000 [ICAP25]
 * @param yearsBelowForRemoval    consecutive years below the threshold that take an entity off the national list:
 *                                2 [MEE19 Art 11; N25]
 * @param nationalSectors         sectors the national market covers: power, steel, cement and aluminium
 *                                (non-ferrous metals here) [N25, whose verification deadlines name them]
 */
public record ClassificationThresholds(long keyEmitterTonnes, long chongqingTonnes, long chongqingEnergyTce,
                                       int yearsBelowForRemoval, Set<Sector> nationalSectors) {

    public static final String RULE = "MRV-CLASSIFICATION-PARAMETERS";

    public static final ClassificationThresholds DEFAULTS = new ClassificationThresholds(26_000, 13_000, 5_000, 2,
            EnumSet.of(Sector.POWER, Sector.STEEL, Sector.CEMENT, Sector.NON_FERROUS_METALS));

    public ClassificationThresholds {
        if (keyEmitterTonnes <= 0) {
            throw new MrvException("keyEmitterTonnes", RULE, "must be positive");
        }
        if (chongqingTonnes <= 0) {
            throw new MrvException("chongqingTonnes", RULE, "must be positive");
        }
        if (chongqingEnergyTce <= 0) {
            throw new MrvException("chongqingEnergyTce", RULE, "must be positive");
        }
        if (yearsBelowForRemoval < 1) {
            throw new MrvException("yearsBelowForRemoval", RULE, "must be at least 1");
        }
        if (nationalSectors == null) {
            throw new MrvException("nationalSectors", RULE, "is missing");
        }
        nationalSectors = Set.copyOf(nationalSectors);
    }
}
