package org.openets.mrv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Entity emissions from activity data and factors pinned to the report year (DOMAIN §6):
 * combustion {@code E = FC × NCV × CC × OF × 44/12} [CETS-AG-01.01, 2022], purchased electricity × grid factor
 * of the metering jurisdiction (our default), purchased heat × heat factor, process activity × factor.
 * Arithmetic is exact; rounding happens only where {@link LineResult#tonnes()} and
 * {@link EmissionReport#totalTonnes()} say.
 */
public final class EmissionCalculator {

    public static final String ACTIVITY_RULE = "MRV-ACTIVITY-DATA";
    /**
     * Largest activity quantity one line may carry (t, 10⁴ Nm³, MWh, GJ): our default, no legal source. The
     * largest plants burn about 10⁷ t of coal a year, so a billion means a unit or a decimal point went wrong.
     */
    public static final String PLAUSIBLE_RULE = "MRV-ACTIVITY-PLAUSIBLE";
    public static final BigDecimal MAX_ACTIVITY = new BigDecimal("1000000000");

    /** Molar mass ratio CO2 / C = 44/12; kept as its numerator, the denominator lives in {@link LineResult}. */
    private static final BigDecimal CO2_PER_C_TWELFTHS = BigDecimal.valueOf(44);

    private final FactorLibrary.PinnedFactors factors;

    public EmissionCalculator(FactorLibrary.PinnedFactors factors) {
        this.factors = factors;
    }

    public EmissionReport report(Sector sector, List<? extends EmissionLine> lines) {
        if (sector == null) {
            throw new MrvException("sector", ACTIVITY_RULE, "is missing");
        }
        if (lines == null || lines.isEmpty()) {
            throw new MrvException("lines", ACTIVITY_RULE, "a report needs at least one source line");
        }
        List<LineResult> results = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            results.add(line("lines[" + i + "]", lines.get(i)));
        }
        return new EmissionReport(factors.reportYear(), sector, results);
    }

    public LineResult line(String field, EmissionLine line) {
        if (line == null) {
            throw new MrvException(field, ACTIVITY_RULE, "is missing");
        }
        if (line.source() == null || line.source().isBlank()) {
            throw new MrvException(field + ".source", ACTIVITY_RULE, "every line names its source");
        }
        if (line instanceof EmissionLine.Combustion c) {
            return combustion(field, c);
        }
        if (line instanceof EmissionLine.PurchasedElectricity e) {
            return new LineResult(e.source(), LineResult.Kind.PURCHASED_ELECTRICITY,
                    twelfths(activity(field + ".megawattHours", e.megawattHours())
                            .multiply(factors.require(FactorKind.GRID_ELECTRICITY, e.meteringGrid()).value())),
                    List.of());
        }
        if (line instanceof EmissionLine.PurchasedHeat h) {
            return new LineResult(h.source(), LineResult.Kind.PURCHASED_HEAT,
                    twelfths(activity(field + ".gigajoules", h.gigajoules())
                            .multiply(factors.require(FactorKind.PURCHASED_HEAT, h.heatKey()).value())),
                    List.of());
        }
        return process(field, (EmissionLine.Process) line);
    }

    private LineResult combustion(String field, EmissionLine.Combustion line) {
        List<String> defaults = new ArrayList<>();
        BigDecimal consumption = activity(field + ".consumption", line.consumption());
        BigDecimal ncv = measuredOrDefault(field + ".measuredNetCalorificValue", line.measuredNetCalorificValue(),
                FactorKind.NET_CALORIFIC_VALUE, line.fuel(), defaults);
        BigDecimal carbonContent = measuredOrDefault(field + ".measuredCarbonContent", line.measuredCarbonContent(),
                FactorKind.CARBON_CONTENT, line.fuel(), defaults);
        BigDecimal oxidation = measuredOrDefault(field + ".measuredOxidation", line.measuredOxidation(),
                FactorKind.OXIDATION, line.fuel(), defaults);
        BigDecimal carbon = oxidisedCarbon(consumption, ncv, carbonContent, oxidation);
        return new LineResult(line.source(), LineResult.Kind.COMBUSTION, carbon.multiply(CO2_PER_C_TWELFTHS), defaults);
    }

    private LineResult process(String field, EmissionLine.Process line) {
        List<String> defaults = new ArrayList<>();
        BigDecimal activity = activity(field + ".activity", line.activity());
        BigDecimal factor = measuredOrDefault(field + ".measuredFactor", line.measuredFactor(),
                FactorKind.PROCESS, line.processKey(), defaults);
        return new LineResult(line.source(), LineResult.Kind.PROCESS, twelfths(activity.multiply(factor)), defaults);
    }

    /** Carbon oxidised, t C, exact: FC × NCV × CC × OF (DOMAIN §6 worked example step 1 shows 4,877.07953 tC). */
    public static BigDecimal oxidisedCarbon(BigDecimal consumption, BigDecimal ncv, BigDecimal carbonContent,
                                            BigDecimal oxidation) {
        return consumption.multiply(ncv).multiply(carbonContent).multiply(oxidation);
    }

    /**
     * How much more {@code other} emits than {@code base}: t CO2 half-up to 2 decimals and per cent of base half-up
     * to 1 decimal, both from exact values (DOMAIN §6 step 2: 3,189.91 t, 17.8 %; rounded lines would give 3,189.92).
     */
    public static Difference difference(LineResult base, LineResult other) {
        BigDecimal twelfths = other.exactTwelfths().subtract(base.exactTwelfths());
        if (base.exactTwelfths().signum() == 0) {
            throw new MrvException("base", ACTIVITY_RULE, "a difference in per cent needs a non-zero base");
        }
        return new Difference(twelfths.divide(LineResult.TWELVE, 2, RoundingMode.HALF_UP),
                twelfths.multiply(BigDecimal.valueOf(100)).divide(base.exactTwelfths(), 1, RoundingMode.HALF_UP));
    }

    public record Difference(BigDecimal tonnes, BigDecimal percent) {
    }

    private BigDecimal measuredOrDefault(String field, BigDecimal measured, FactorKind kind, String key,
                                         List<String> defaults) {
        if (measured != null) {
            return kind.checked(field, measured);
        }
        if (key == null || key.isBlank()) {
            throw new MrvException(field, FactorLibrary.MISSING_RULE, "not measured and no fuel or process named for a default");
        }
        EmissionFactor fallback = factors.find(kind, key).orElseThrow(() -> new MrvException(field,
                FactorLibrary.MISSING_RULE, "not measured and no " + kind + " default for " + key + " in report year "
                + factors.reportYear()));
        defaults.add(kind + "/" + key);
        return fallback.value();
    }

    private static BigDecimal activity(String field, BigDecimal quantity) {
        if (quantity == null) {
            throw new MrvException(field, ACTIVITY_RULE, "is missing");
        }
        if (quantity.signum() < 0) {
            throw new MrvException(field, ACTIVITY_RULE, quantity.toPlainString() + " must not be negative");
        }
        if (quantity.compareTo(MAX_ACTIVITY) > 0) {
            throw new MrvException(field, PLAUSIBLE_RULE, quantity.toPlainString() + " is implausible: above "
                    + MAX_ACTIVITY.toPlainString() + " in one line");
        }
        return quantity;
    }

    private static BigDecimal twelfths(BigDecimal tonnesCo2) {
        return tonnesCo2.multiply(LineResult.TWELVE);
    }
}
