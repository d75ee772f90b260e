package org.openets.mrv;

/**
 * What an entity produced in the report year, for the intensity check: {@code quantity} is exact decimal text and
 * {@code unit} names what was counted ("MWh" of power supplied, "t clinker").
 */
public record ReportOutput(String quantity, String unit) {
}
