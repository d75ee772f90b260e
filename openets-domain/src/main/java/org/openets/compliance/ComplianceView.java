package org.openets.compliance;

/**
 * One entity's compliance for one year, for gateways: the obligation (0 while {@code reported} is false),
 * allowances and credits surrendered, the offset cap, the shortfall, the fine range assessed at the close and the
 * fine imposed (0 when none), the tonnes deducted from next year's allocation, and the standing.
 */
public record ComplianceView(String entityId, int year, String jurisdiction, boolean reported,
                             long obligationTonnes, long allowancesSurrendered, long creditsSurrendered,
                             long offsetCapTonnes, long shortfallTonnes, long windowPriceFen, long minFineFen,
                             long maxFineFen, long fineImposedFen, long deductionTonnes,
                             ComplianceStanding standing) {
}
