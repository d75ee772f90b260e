package org.openets.mrv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Predicate;

/** The computed emissions of one entity for one report year. */
public record EmissionReport(int reportYear, Sector sector, List<LineResult> lines) {

    public EmissionReport {
        lines = List.copyOf(lines);
    }

    /** Reported total: exact line values added, then rounded half-up once to whole tonnes (DOMAIN §6 step 4, §17). */
    public long totalTonnes() {
        return roundedSum(line -> true);
    }

    /**
     * What the entity must cover with allowances. A power-sector entity's purchased power is outside its
     * obligation from 2023 [P2324 §2] while still in its reported total (DOMAIN §17 "Emissions").
     */
    public long obligationTonnes() {
        if (sector == Sector.POWER) {
            return roundedSum(line -> line.kind() != LineResult.Kind.PURCHASED_ELECTRICITY);
        }
        return totalTonnes();
    }

    public List<LineResult> flaggedLines() {
        return lines.stream().filter(LineResult::flagged).toList();
    }

    private long roundedSum(Predicate<LineResult> included) {
        BigDecimal twelfths = lines.stream().filter(included).map(LineResult::exactTwelfths)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return twelfths.divide(LineResult.TWELVE, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
