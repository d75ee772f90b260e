package org.openets.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openets.core.RejectCode;
import org.openets.core.RuleId;
import org.openets.mrv.EntityRegistered;
import org.openets.mrv.Mrv;
import org.openets.mrv.ReportOutput;
import org.openets.mrv.ReportVersion;

/**
 * An entity's allocation of a year by its sector's published method, from confirmed reports and recorded power
 * units, through the calculators of this package (DOMAIN §5). Refuses, naming the entity, when the basis is missing.
 */
final class MethodAmounts {

    /** Base years of grandfathering and historical intensity: up to this many years before the allocation year. */
    static final int BASE_YEARS = 3;
    private static final BigDecimal BPS = BigDecimal.valueOf(10_000);

    private final AllocationState state;
    private final Mrv mrv;

    MethodAmounts(AllocationState state, Mrv mrv) {
        this.state = state;
        this.mrv = mrv;
    }

    /** The method's amount with the power top-ups it contains (0 for other methods). */
    record Amount(long tonnes, long gasTopUpTonnes, long gapCapTopUpTonnes) {
    }

    Amount amount(EntityRegistered entity, int year, AllocationState.MethodChoice choice, long gapCapBps) {
        ReportVersion report = mrv.confirmedReport(entity.entityId(), year);
        Refused.require(report != null, AllocationRejects.NO_BASIS, "entityId", AllocationRejects.CONFIRMED_REPORT,
                "entity " + entity.entityId() + " has no confirmed report of " + year);
        return switch (choice.method()) {
            case BENCHMARK -> new Amount(OtherSectorAllocation.benchmark(output(entity, report, year),
                    new BigDecimal(choice.benchmark())), 0, 0);
            case GRANDFATHERING -> new Amount(OtherSectorAllocation.grandfathering(baseTotals(entity, year),
                    new BigDecimal(choice.controlFactor())), 0, 0);
            case HISTORICAL_INTENSITY -> historicalIntensity(entity, year, report, choice);
            case POWER -> power(entity, year, report, choice, gapCapBps);
        };
    }

    private List<ReportVersion> baseReports(EntityRegistered entity, int year) {
        List<ReportVersion> base = new ArrayList<>();
        for (int y = year - BASE_YEARS; y < year; y++) {
            ReportVersion r = mrv.confirmedReport(entity.entityId(), y);
            if (r != null) {
                base.add(r);
            }
        }
        Refused.require(!base.isEmpty(), AllocationRejects.NO_BASIS, "entityId", AllocationRejects.CONFIRMED_REPORT,
                "entity " + entity.entityId() + " has no confirmed report in the " + BASE_YEARS
                        + " base years before " + year);
        return base;
    }

    private List<Long> baseTotals(EntityRegistered entity, int year) {
        return baseReports(entity, year).stream().map(r -> r.drafted().totalTonnes()).toList();
    }

    /** ⌊Q × (ΣE_base / ΣQ_base) × CF⌋ with the intensity kept exact as a ratio. */
    private Amount historicalIntensity(EntityRegistered entity, int year, ReportVersion report,
                                       AllocationState.MethodChoice choice) {
        BigDecimal output = output(entity, report, year);
        long baseEmissions = 0;
        BigDecimal baseOutput = BigDecimal.ZERO;
        for (ReportVersion base : baseReports(entity, year)) {
            baseEmissions = Math.addExact(baseEmissions, base.drafted().totalTonnes());
            baseOutput = baseOutput.add(output(entity, base, base.drafted().year()));
        }
        Refused.require(baseOutput.signum() > 0, AllocationRejects.NO_BASIS, "entityId",
                AllocationRejects.CONFIRMED_REPORT, "entity " + entity.entityId()
                        + " reported no output in its base years, so it has no historical intensity");
        return new Amount(OtherSectorAllocation.historicalIntensity(output, BigDecimal.valueOf(baseEmissions),
                baseOutput, new BigDecimal(choice.controlFactor())), 0, 0);
    }

    private static BigDecimal output(EntityRegistered entity, ReportVersion report, int year) {
        ReportOutput output = report.drafted().output();
        Refused.require(output != null && output.quantity() != null, AllocationRejects.NO_BASIS, "entityId",
                AllocationRejects.CONFIRMED_REPORT, "the confirmed " + year + " report of entity "
                        + entity.entityId() + " states no output");
        return new BigDecimal(output.quantity());
    }

    private Amount power(EntityRegistered entity, int year, ReportVersion report,
                         AllocationState.MethodChoice choice, long gapCapBps) {
        List<PowerUnitData> units = checkedUnits(entity.entityId(), year, report);
        Refused.require(units != null, AllocationRejects.NO_BASIS, "entityId", AllocationRejects.POWER_UNITS,
                "no power units of " + year + " recorded for entity " + entity.entityId());
        BigDecimal gapCapShare = BPS.subtract(BigDecimal.valueOf(gapCapBps)).divide(BPS);
        PowerAllocationParameters parameters = new PowerAllocationParameters(benchmarks(choice.benchmark()),
                LoadFactorCorrection.P2324, gapCapShare, BigDecimal.ZERO);
        List<PowerUnitInput> inputs = units.stream().map(u -> input(u, 0)).toList();
        EntityPowerAllocation result = new PowerAllocation(parameters).allocate(inputs);
        return new Amount(result.finalTonnes(), result.gasTopUpTonnes(), result.gapCapTopUpTonnes());
    }

    /**
     * The entity's recorded units of {@code year}, or null if none; refused when their verified tonnes do not add
     * up to the confirmed report's obligation.
     */
    List<PowerUnitData> checkedUnits(String entityId, int year, ReportVersion report) {
        List<PowerUnitData> units = state.powerUnits.get(AllocationState.key(entityId, year));
        if (units == null) {
            return null;
        }
        long verified = units.stream().mapToLong(PowerUnitData::verifiedTonnes).reduce(0, Math::addExact);
        Refused.require(verified == report.drafted().obligationTonnes(), AllocationRejects.UNITS_MISMATCH, "entityId",
                AllocationRejects.POWER_UNITS, "the " + year + " units of entity " + entityId + " add up to "
                        + verified + " t verified, the confirmed report to " + report.drafted().obligationTonnes()
                        + " t");
        return units;
    }

    /** The calculator's input for a recorded unit; {@code previousYearTonnes} is its pre-allocation basis. */
    static PowerUnitInput input(PowerUnitData u, long previousYearTonnes) {
        return new PowerUnitInput(u.unitId(), u.unitClass(), new BigDecimal(u.electricityMwh()),
                new BigDecimal(u.heatGj()), u.loadFactor() == null || u.loadFactor().isBlank() ? null
                : new BigDecimal(u.loadFactor()), u.verifiedTonnes(), previousYearTonnes);
    }

    /** The benchmark table a power method names. */
    static PowerBenchmarks benchmarks(String table) {
        if (PowerBenchmarks.P2324_2024.source().equals(table)) {
            return PowerBenchmarks.P2324_2024;
        }
        if (PowerBenchmarks.P2526D_2025.source().equals(table)) {
            return PowerBenchmarks.P2526D_2025;
        }
        throw Refused.of(RejectCode.INVALID_FIELD, "benchmark", RuleId.of(AllocationRuleIds.BENCHMARK),
                "a power method names its benchmark table, P2324 or P2526D; was " + table);
    }
}
