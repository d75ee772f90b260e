package org.openets.allocation;

/** The main fuel of a generating unit, as reported; only coal and gas units have a class [P2324 Annex 1]. */
public enum PowerFuel {
    COAL,
    GAS,
    BIOMASS,
    OIL,
    IGCC
}
