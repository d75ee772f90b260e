package org.openets.rulebook;

/**
 * A jurisdiction of the unified market: Sichuan/Chengdu, Chongqing, and the unified-market authority whose
 * regulator may act for both. The set is fixed in code; adding one needs its rule parameters too.
 */
public enum Jurisdiction {
    SC,
    CQ,
    CY;

    /** Whether a regulator of this jurisdiction may act on something belonging to {@code other}. */
    public boolean covers(Jurisdiction other) {
        return this == CY || this == other;
    }
}
