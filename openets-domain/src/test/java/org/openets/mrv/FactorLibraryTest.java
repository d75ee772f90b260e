package org.openets.mrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactorLibraryTest {

    private final FactorLibrary library = FactorLibrary.standard();

    @Test
    void the_2023_grid_factors_are_those_of_gf23() {
        FactorLibrary.PinnedFactors pinned = library.pinnedTo(2023);

        assertThat(grid(pinned, FactorLibrary.GRID_NATIONAL)).isEqualByComparingTo("0.5306");
        assertThat(grid(pinned, FactorLibrary.GRID_SOUTH_WEST)).isEqualByComparingTo("0.2472");
        assertThat(grid(pinned, FactorLibrary.GRID_SICHUAN)).isEqualByComparingTo("0.1564");
        assertThat(grid(pinned, FactorLibrary.GRID_CHONGQING)).isEqualByComparingTo("0.5581");
        assertThat(grid(pinned, FactorLibrary.GRID_NATIONAL_FOSSIL_ONLY)).isEqualByComparingTo("0.8273");
        assertThat(grid(pinned, FactorLibrary.GRID_NATIONAL_NET_OF_TRADED_NON_FOSSIL)).isEqualByComparingTo("0.6096");
        assertThat(pinned.require(FactorKind.GRID_ELECTRICITY, FactorLibrary.GRID_SICHUAN).source()).isEqualTo("GF23");
        assertThat(pinned.require(FactorKind.GRID_ELECTRICITY, FactorLibrary.GRID_SICHUAN).unit()).isEqualTo("tCO2/MWh");
    }

    @Test
    void national_market_purchased_power_is_0_5703_for_2023_to_2025_reports_only() {
        for (int year = 2023; year <= 2025; year++) {
            assertThat(library.require(FactorKind.GRID_ELECTRICITY, FactorLibrary.GRID_NATIONAL_MARKET, year).value())
                    .isEqualByComparingTo("0.5703");
        }
        assertThat(library.find(FactorKind.GRID_ELECTRICITY, FactorLibrary.GRID_NATIONAL_MARKET, 2022)).isEmpty();
        assertThat(library.find(FactorKind.GRID_ELECTRICITY, FactorLibrary.GRID_NATIONAL_MARKET, 2026)).isEmpty();
    }

    @Test
    void unmeasured_coal_defaults_are_flagged_unconfirmed() {
        EmissionFactor carbon = library.require(FactorKind.CARBON_CONTENT, FactorLibrary.COAL, 2024);
        EmissionFactor oxidation = library.require(FactorKind.OXIDATION, FactorLibrary.COAL, 2024);

        assertThat(carbon.value()).isEqualByComparingTo("0.03085");
        assertThat(carbon.unit()).isEqualTo("tC/GJ");
        assertThat(carbon.unconfirmed()).isTrue();
        assertThat(oxidation.value()).isEqualByComparingTo("0.99");
        assertThat(oxidation.unconfirmed()).isTrue();
        assertThat(library.require(FactorKind.GRID_ELECTRICITY, FactorLibrary.GRID_CHONGQING, 2023).unconfirmed()).isFalse();
    }

    @Test
    void a_report_year_without_a_factor_is_refused_with_the_rule() {
        assertThatThrownBy(() -> library.pinnedTo(2022).require(FactorKind.GRID_ELECTRICITY, FactorLibrary.GRID_SICHUAN))
                .isInstanceOfSatisfying(MrvException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("MRV-FACTOR-MISSING");
                    assertThat(e.field()).isEqualTo("GRID_ELECTRICITY/SC");
                });
    }

    @Test
    void the_latest_grid_table_stays_in_force_for_later_report_years() {
        assertThat(grid(library.pinnedTo(2025), FactorLibrary.GRID_SICHUAN)).isEqualByComparingTo("0.1564");
        assertThat(grid(library.pinnedTo(2025), FactorLibrary.GRID_CHONGQING)).isEqualByComparingTo("0.5581");
    }

    @Test
    void a_new_version_serves_its_years_and_leaves_the_old_report_pinned() {
        FactorLibrary extended = library.with(new EmissionFactor(FactorKind.GRID_ELECTRICITY, FactorLibrary.GRID_SICHUAN,
                new BigDecimal("0.1400"), 2024, EmissionFactor.OPEN_ENDED, "TEST", false));

        assertThat(grid(extended.pinnedTo(2023), FactorLibrary.GRID_SICHUAN)).isEqualByComparingTo("0.1564");
        assertThat(grid(extended.pinnedTo(2030), FactorLibrary.GRID_SICHUAN)).isEqualByComparingTo("0.1400");
        assertThat(grid(extended.pinnedTo(2024), FactorLibrary.GRID_SICHUAN)).isEqualByComparingTo("0.1400");
        assertThat(extended.require(FactorKind.GRID_ELECTRICITY, FactorLibrary.GRID_SICHUAN, 2023).lastYear())
                .isEqualTo(2023);
    }

    @Test
    void overlapping_versions_are_refused() {
        assertThatThrownBy(() -> library.with(new EmissionFactor(FactorKind.GRID_ELECTRICITY, FactorLibrary.GRID_SICHUAN,
                new BigDecimal("0.1400"), 2023, 2024, "TEST", false)))
                .isInstanceOfSatisfying(MrvException.class, e -> assertThat(e.ruleId()).isEqualTo("MRV-FACTOR-OVERLAP"));
    }

    @Test
    void physically_impossible_factors_are_refused_with_the_bounds_rule() {
        // Oxidation given as a percentage, carbon content in kgC/GJ, a zero calorific value, a negative grid factor.
        List<Runnable> impossible = List.of(
                () -> factor(FactorKind.OXIDATION, "99"),
                () -> factor(FactorKind.CARBON_CONTENT, "26.18"),
                () -> factor(FactorKind.NET_CALORIFIC_VALUE, "0"),
                () -> factor(FactorKind.GRID_ELECTRICITY, "-0.1"));
        for (Runnable attempt : impossible) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(MrvException.class,
                    e -> assertThat(e.ruleId()).isEqualTo("MRV-FACTOR-BOUNDS"));
        }
        // The edges: full oxidation and a zero-carbon grid are possible.
        assertThat(factor(FactorKind.OXIDATION, "1").value()).isEqualByComparingTo("1");
        assertThat(factor(FactorKind.GRID_ELECTRICITY, "0").value()).isEqualByComparingTo("0");
    }

    @Test
    void a_factor_without_source_or_with_reversed_years_is_refused() {
        assertThatThrownBy(() -> new EmissionFactor(FactorKind.OXIDATION, "GAS", BigDecimal.ONE, 2023, 2023, " ", false))
                .isInstanceOfSatisfying(MrvException.class, e -> assertThat(e.field()).isEqualTo("source"));
        assertThatThrownBy(() -> new EmissionFactor(FactorKind.OXIDATION, "GAS", BigDecimal.ONE, 2024, 2023, "X", false))
                .isInstanceOfSatisfying(MrvException.class, e -> assertThat(e.field()).isEqualTo("years"));
    }

    private static EmissionFactor factor(FactorKind kind, String value) {
        return new EmissionFactor(kind, "TEST", new BigDecimal(value), 2023, 2023, "TEST", false);
    }

    private static BigDecimal grid(FactorLibrary.PinnedFactors pinned, String key) {
        return pinned.require(FactorKind.GRID_ELECTRICITY, key).value();
    }
}
