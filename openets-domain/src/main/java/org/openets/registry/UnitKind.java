package org.openets.registry;

/** Kinds of unit the registry holds; each has its own prefix in a {@link UnitCode}. */
public enum UnitKind {
    /** A jurisdiction's allowance (配额), {@code SCEA}, {@code CQEA} or any registered {@code <J>EA}. */
    ALLOWANCE,
    /** An allowance of the unified market, {@code CYEA} (the unified-market authority's). */
    UNIFIED_ALLOWANCE,
    /** China Certified Emission Reduction, {@code CCER}. */
    CCER,
    /** Forestry sink credit, {@code FSC}. */
    FORESTRY_SINK_CREDIT,
    /** Agricultural sink credit, {@code ASC}. */
    AGRICULTURAL_SINK_CREDIT,
    /** Carbon inclusion (碳普惠) credit, {@code ICC}. */
    INCLUSION_CREDIT;

    public boolean isCredit() {
        return this != ALLOWANCE && this != UNIFIED_ALLOWANCE;
    }
}
