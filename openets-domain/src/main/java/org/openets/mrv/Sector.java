package org.openets.mrv;

/**
 * Industry sector of a reporting entity. Coverage, verification deadlines and the treatment of purchased
 * power depend on it (DOMAIN §1, §6, §17).
 */
public enum Sector {
    POWER,
    CEMENT,
    STEEL,
    CHEMICALS,
    PETROCHEMICALS,
    BUILDING_MATERIALS,
    /** Includes aluminium smelting, the non-ferrous activity the national market covers [N25]. */
    NON_FERROUS_METALS,
    PAPER,
    AVIATION,
    OTHER
}
