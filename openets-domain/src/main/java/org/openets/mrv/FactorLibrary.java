package org.openets.mrv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Versioned emission factors (DOMAIN §6 "What OpenETS must do" 1). Each (kind, key) may have several versions
 * over disjoint report-year ranges; a report is computed against the factors {@link #pinnedTo pinned} to its
 * year, so publishing a new table never changes an old report.
 */
public final class FactorLibrary {

    public static final String MISSING_RULE = "MRV-FACTOR-MISSING";
    public static final String OVERLAP_RULE = "MRV-FACTOR-OVERLAP";

    /** Fuel key of the unmeasured-coal defaults. */
    public static final String COAL = "COAL";
    /** Grid keys: the jurisdictions' provincial grids, their regional grid and the national variants [GF23]. */
    public static final String GRID_SICHUAN = "SC";
    public static final String GRID_CHONGQING = "CQ";
    public static final String GRID_SOUTH_WEST = "SOUTH_WEST";
    public static final String GRID_NATIONAL = "NATIONAL";
    public static final String GRID_NATIONAL_FOSSIL_ONLY = "NATIONAL_FOSSIL_ONLY";
    public static final String GRID_NATIONAL_NET_OF_TRADED_NON_FOSSIL = "NATIONAL_NET_OF_TRADED_NON_FOSSIL";
    /** The single purchased-power factor of national-market reports 2023–2025. */
    public static final String GRID_NATIONAL_MARKET = "NATIONAL_MARKET";

    private final List<EmissionFactor> factors;

    private FactorLibrary(List<EmissionFactor> factors) {
        this.factors = factors;
    }

    /** A library of the given versions; two versions of the same kind and key must not share a year. */
    public static FactorLibrary of(Collection<EmissionFactor> versions) {
        List<EmissionFactor> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(EmissionFactor::kind).thenComparing(EmissionFactor::key)
                .thenComparingInt(EmissionFactor::firstYear));
        for (int i = 1; i < sorted.size(); i++) {
            EmissionFactor previous = sorted.get(i - 1);
            EmissionFactor next = sorted.get(i);
            if (previous.kind() == next.kind() && previous.key().equals(next.key())
                    && next.firstYear() <= previous.lastYear()) {
                throw new MrvException(next.kind() + "/" + next.key(), OVERLAP_RULE, "versions "
                        + previous.firstYear() + ".." + previous.lastYear() + " and " + next.firstYear() + ".."
                        + next.lastYear() + " overlap");
            }
        }
        return new FactorLibrary(List.copyOf(sorted));
    }

    /**
     * The factors DOMAIN §6 gives. Coal defaults are flagged unconfirmed as DOMAIN marks them; GF23's 2023 grid
     * factors serve report year 2023 until a later table is added as a new version.
     */
    public static FactorLibrary standard() {
        return of(List.of(
                // Unmeasured coal [CETS-AG-01.01, 2022]; DOMAIN marks both (unconfirmed). Open-ended from the 2022 guideline.
                factor(FactorKind.CARBON_CONTENT, COAL, "0.03085", 2022, EmissionFactor.OPEN_ENDED, "CETS-AG-01.01", true),
                factor(FactorKind.OXIDATION, COAL, "0.99", 2022, EmissionFactor.OPEN_ENDED, "CETS-AG-01.01", true),
                // 2023 grid factors, tCO2/MWh [GF23 tables 1–5]; open-ended until the next table.
                factor(FactorKind.GRID_ELECTRICITY, GRID_NATIONAL, "0.5306", 2023, EmissionFactor.OPEN_ENDED, "GF23", false),
                factor(FactorKind.GRID_ELECTRICITY, GRID_SOUTH_WEST, "0.2472", 2023, EmissionFactor.OPEN_ENDED, "GF23", false),
                factor(FactorKind.GRID_ELECTRICITY, GRID_SICHUAN, "0.1564", 2023, EmissionFactor.OPEN_ENDED, "GF23", false),
                factor(FactorKind.GRID_ELECTRICITY, GRID_CHONGQING, "0.5581", 2023, EmissionFactor.OPEN_ENDED, "GF23", false),
                factor(FactorKind.GRID_ELECTRICITY, GRID_NATIONAL_FOSSIL_ONLY, "0.8273", 2023, EmissionFactor.OPEN_ENDED, "GF23", false),
                factor(FactorKind.GRID_ELECTRICITY, GRID_NATIONAL_NET_OF_TRADED_NON_FOSSIL, "0.6096", 2023, EmissionFactor.OPEN_ENDED, "GF23", false),
                // National-market purchased power, 2023–2025 reports [P2324; tanpaifang.com/tanguwen/2023/0215/94510.html].
                factor(FactorKind.GRID_ELECTRICITY, GRID_NATIONAL_MARKET, "0.5703", 2023, 2025, "P2324", false)));
    }

    private static EmissionFactor factor(FactorKind kind, String key, String value, int first, int last,
                                         String source, boolean unconfirmed) {
        return new EmissionFactor(kind, key, new BigDecimal(value), first, last, source, unconfirmed);
    }

    /**
     * This library plus one more version. A newer table supersedes an open-ended version of the same kind and key
     * from its first year: the old one then ends the year before, and reports already pinned keep their value.
     */
    public FactorLibrary with(EmissionFactor version) {
        List<EmissionFactor> more = new ArrayList<>();
        for (EmissionFactor f : factors) {
            boolean superseded = f.kind() == version.kind() && f.key().equals(version.key())
                    && f.lastYear() == EmissionFactor.OPEN_ENDED && f.firstYear() < version.firstYear();
            more.add(superseded ? new EmissionFactor(f.kind(), f.key(), f.value(), f.firstYear(),
                    version.firstYear() - 1, f.source(), f.unconfirmed()) : f);
        }
        more.add(version);
        return of(more);
    }

    public Optional<EmissionFactor> find(FactorKind kind, String key, int year) {
        return factors.stream()
                .filter(f -> f.kind() == kind && f.key().equals(key) && f.validIn(year))
                .findFirst();
    }

    public EmissionFactor require(FactorKind kind, String key, int year) {
        return find(kind, key, year).orElseThrow(() -> new MrvException(kind + "/" + key, MISSING_RULE,
                "no factor for report year " + year));
    }

    /** The versions valid in {@code reportYear}: what a report of that year is computed and audited against. */
    public PinnedFactors pinnedTo(int reportYear) {
        return new PinnedFactors(reportYear, factors.stream().filter(f -> f.validIn(reportYear)).toList());
    }

    public List<EmissionFactor> versions() {
        return factors;
    }

    /** The factors of one report year; at most one per kind and key. */
    public record PinnedFactors(int reportYear, List<EmissionFactor> factors) {

        public PinnedFactors {
            factors = List.copyOf(factors);
        }

        public Optional<EmissionFactor> find(FactorKind kind, String key) {
            return factors.stream().filter(f -> f.kind() == kind && f.key().equals(key)).findFirst();
        }

        public EmissionFactor require(FactorKind kind, String key) {
            return find(kind, key).orElseThrow(() -> new MrvException(kind + "/" + key, MISSING_RULE,
                    "no factor for report year " + reportYear));
        }
    }
}
