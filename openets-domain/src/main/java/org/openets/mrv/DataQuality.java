package org.openets.mrv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The data-quality flags of a report version at submission. Pure: everything it weighs is passed in, and the
 * flags come out in {@link QualityFlag.Code} order so the same report always gives the same list.
 */
public final class DataQuality {

    /** A sector's plausible covered emissions per unit of output, inclusive, in t CO2 per {@code unit}. */
    public record IntensityRange(Sector sector, String unit, BigDecimal low, BigDecimal high) {

        public IntensityRange {
            Objects.requireNonNull(sector, "sector");
            Objects.requireNonNull(unit, "unit");
            if (low.signum() < 0 || high.compareTo(low) < 0) {
                throw new MrvException("intensityRange", RANGE_RULE, "needs 0 <= low <= high, got " + low + ".."
                        + high);
            }
        }

        boolean contains(BigDecimal intensity) {
            return intensity.compareTo(low) >= 0 && intensity.compareTo(high) <= 0;
        }
    }

    /** Thresholds the later rulebook wiring moves into the rulebook. */
    public record Parameters(int yearOnYearJumpPercent, List<IntensityRange> intensityRanges) {

        public Parameters {
            if (yearOnYearJumpPercent < 0) {
                throw new MrvException("yearOnYearJumpPercent", JUMP_RULE, "is negative: " + yearOnYearJumpPercent);
            }
            intensityRanges = List.copyOf(intensityRanges);
        }
    }

    /** A change of more than 30 % on the confirmed previous year is flagged — our default, no legal source. */
    public static final int DEFAULT_JUMP_PERCENT = 30;

    /**
     * Our default ranges, no legal source: coal-fired generation runs near 0.8–1.0 t CO2/MWh and gas near 0.4, so
     * 0.30–1.20 brackets real plants; clinker burning emits near 0.85 t CO2 per t clinker (calcination plus fuel),
     * so 0.70–1.00. Other sectors and units have no range yet and are not checked.
     */
    public static final List<IntensityRange> DEFAULT_RANGES = List.of(
            new IntensityRange(Sector.POWER, "MWh", new BigDecimal("0.30"), new BigDecimal("1.20")),
            new IntensityRange(Sector.CEMENT, "t clinker", new BigDecimal("0.70"), new BigDecimal("1.00")));

    public static final Parameters DEFAULTS = new Parameters(DEFAULT_JUMP_PERCENT, DEFAULT_RANGES);

    static final String JUMP_RULE = "MRV-QUALITY-JUMP";
    static final String RANGE_RULE = "MRV-QUALITY-RANGE";

    private final Parameters parameters;

    public DataQuality(Parameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * Flags for {@code report} of an entity in {@code sector}. {@code previousConfirmedTotal} is the entity's
     * confirmed total of the year before (null when there is none); {@code otherReportIds} are the other reports
     * of the same entity and year.
     */
    public List<QualityFlag> flags(Sector sector, ReportDrafted report, Long previousConfirmedTotal,
                                   List<String> otherReportIds, boolean late) {
        List<QualityFlag> flags = new ArrayList<>();
        jump(report.totalTonnes(), previousConfirmedTotal).ifPresent(flags::add);
        intensity(sector, report).ifPresent(flags::add);
        flags.addAll(contradictions(report));
        if (!otherReportIds.isEmpty()) {
            flags.add(new QualityFlag(QualityFlag.Code.DUPLICATE_REPORT, "entity " + report.entityId()
                    + " also has report(s) " + String.join(", ", otherReportIds) + " for " + report.year()));
        }
        if (late) {
            flags.add(new QualityFlag(QualityFlag.Code.LATE, "submitted after the deadline for " + report.year()
                    + " [MEE19 Art 25]"));
        }
        return List.copyOf(flags);
    }

    /** |total − previous| × 100 > percent × previous: exact in longs, so exactly 30 % is not a jump. */
    Optional<QualityFlag> jump(long total, Long previous) {
        if (previous == null) {
            return Optional.empty();
        }
        long change = Math.abs(Math.subtractExact(total, previous));
        if (Math.multiplyExact(change, 100L) <= Math.multiplyExact((long) parameters.yearOnYearJumpPercent(),
                Math.abs(previous))) {
            return Optional.empty();
        }
        return Optional.of(new QualityFlag(QualityFlag.Code.YEAR_ON_YEAR_JUMP, "total " + total
                + " t against " + previous + " t confirmed for the year before, a change of more than "
                + parameters.yearOnYearJumpPercent() + " %"));
    }

    /**
     * Covered emissions (the obligation: a power entity's purchased power is not its generation) over a positive
     * output, compared without dividing: low × output ≤ tonnes ≤ high × output, all exact.
     */
    Optional<QualityFlag> intensity(Sector sector, ReportDrafted report) {
        ReportOutput output = report.output();
        if (output == null) {
            return Optional.empty();
        }
        BigDecimal quantity = new BigDecimal(output.quantity());
        if (quantity.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal tonnes = BigDecimal.valueOf(report.obligationTonnes());
        for (IntensityRange range : parameters.intensityRanges()) {
            if (range.sector() == sector && range.unit().equals(output.unit())) {
                boolean below = tonnes.compareTo(range.low().multiply(quantity)) < 0;
                boolean above = tonnes.compareTo(range.high().multiply(quantity)) > 0;
                if (below || above) {
                    return Optional.of(new QualityFlag(QualityFlag.Code.INTENSITY_OUT_OF_RANGE,
                            report.obligationTonnes() + " t over " + quantity.toPlainString() + " " + output.unit()
                                    + " is " + (below ? "below " + range.low() : "above " + range.high())
                                    + " t CO2/" + output.unit() + " for " + sector));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** One fuel with two different measured calorific values; no or negative output beside positive emissions. */
    List<QualityFlag> contradictions(ReportDrafted report) {
        List<QualityFlag> found = new ArrayList<>();
        Map<String, BigDecimal> ncvByFuel = new TreeMap<>();
        Map<String, String> sourceByFuel = new TreeMap<>();
        for (ActivityLine line : report.lines()) {
            String ncv = line.measuredNetCalorificValue();
            if (line.kind() != ActivityLine.Kind.COMBUSTION || line.key() == null || ncv == null || ncv.isEmpty()) {
                continue;
            }
            BigDecimal value = new BigDecimal(ncv);
            BigDecimal earlier = ncvByFuel.putIfAbsent(line.key(), value);
            if (earlier == null) {
                sourceByFuel.put(line.key(), line.source());
            } else if (earlier.compareTo(value) != 0) {
                found.add(new QualityFlag(QualityFlag.Code.CONTRADICTORY_ACTIVITY, "fuel " + line.key()
                        + " has NCV " + earlier.toPlainString() + " at " + sourceByFuel.get(line.key()) + " and "
                        + value.toPlainString() + " at " + line.source()));
            }
        }
        ReportOutput output = report.output();
        if (output != null && new BigDecimal(output.quantity()).signum() <= 0 && report.totalTonnes() > 0) {
            found.add(new QualityFlag(QualityFlag.Code.CONTRADICTORY_ACTIVITY, "output " + output.quantity() + " "
                    + output.unit() + " beside " + report.totalTonnes() + " t emitted"));
        }
        return found;
    }
}
