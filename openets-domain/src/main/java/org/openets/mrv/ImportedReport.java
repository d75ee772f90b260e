package org.openets.mrv;

/** One report of an import batch and the capacity in which the importing actor put it in. */
public record ImportedReport(String reportId, String entityId, ActingAs actingAs) {

    /** A representative of the entity's holding account, or a regulator of its jurisdiction migrating data. */
    public enum ActingAs { REPRESENTATIVE, REGULATOR }
}
