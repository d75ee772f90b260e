package org.openets.mrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EmissionCalculatorTest {

    private static final BigDecimal COAL_T = new BigDecimal("9000");
    private static final BigDecimal NCV = new BigDecimal("20.908");
    private static final BigDecimal CC = new BigDecimal("0.02618");
    private static final BigDecimal OF = new BigDecimal("0.99");
    private static final BigDecimal BOUGHT_MWH = new BigDecimal("2000");

    private final EmissionCalculator calculator = new EmissionCalculator(FactorLibrary.standard().pinnedTo(2023));

    private static EmissionLine.Combustion boiler(BigDecimal carbonContent, BigDecimal oxidation) {
        return new EmissionLine.Combustion("boiler 1", FactorLibrary.COAL, COAL_T, NCV, carbonContent, oxidation);
    }

    // DOMAIN §6 worked example, step 1.
    @Test
    void one_coal_boiler_with_measured_carbon_emits_17_882_62_t() {
        // 9,000 × 20.908 = 188,172 GJ; × 0.02618 = 4,926.34296 tC; × 0.99 = 4,877.0795304 tC.
        assertThat(COAL_T.multiply(NCV)).isEqualByComparingTo("188172");
        assertThat(COAL_T.multiply(NCV).multiply(CC)).isEqualByComparingTo("4926.34296");
        assertThat(EmissionCalculator.oxidisedCarbon(COAL_T, NCV, CC, OF)).isEqualByComparingTo("4877.0795304");

        LineResult line = calculator.line("boiler", boiler(CC, OF));

        // × 44/12 = 17,882.6249448 t exactly, shown half-up to 2 decimals.
        assertThat(line.exactTwelfths()).isEqualByComparingTo("214591.4993376");
        assertThat(line.tonnes()).isEqualByComparingTo("17882.62");
        assertThat(line.flagged()).isFalse();
    }

    // DOMAIN §6 worked example, step 2.
    @Test
    void without_a_carbon_measurement_the_default_gives_21_072_54_t_and_flags_the_line() {
        LineResult measured = calculator.line("boiler", boiler(CC, OF));
        LineResult defaulted = calculator.line("boiler", boiler(null, OF));

        // 188,172 × 0.03085 = 5,805.1062 tC; × 0.99 = 5,747.055138; × 44/12 = 21,072.535506 t.
        assertThat(defaulted.tonnes()).isEqualByComparingTo("21072.54");
        assertThat(defaulted.flagged()).isTrue();
        assertThat(defaulted.defaultsUsed()).containsExactly("CARBON_CONTENT/COAL");

        // 21,072.535506 − 17,882.6249448 = 3,189.9105612 → 3,189.91 t; ÷ 17,882.6249448 = 17.838 % → 17.8 %.
        // Subtracting the rounded lines would give 3,189.92: the difference is taken from exact values.
        EmissionCalculator.Difference more = EmissionCalculator.difference(measured, defaulted);
        assertThat(more.tonnes()).isEqualByComparingTo("3189.91");
        assertThat(more.percent()).isEqualByComparingTo("17.8");
    }

    @Test
    void missing_oxidation_takes_the_99_percent_default_too() {
        LineResult line = calculator.line("boiler", boiler(null, null));

        assertThat(line.tonnes()).isEqualByComparingTo("21072.54");
        assertThat(line.defaultsUsed()).containsExactly("CARBON_CONTENT/COAL", "OXIDATION/COAL");
    }

    // DOMAIN §6 worked example, steps 3 and 4.
    @Test
    void sichuan_power_adds_312_8_t_for_a_total_of_18_195_t() {
        EmissionReport report = calculator.report(Sector.CEMENT, List.of(boiler(CC, OF),
                new EmissionLine.PurchasedElectricity("grid", FactorLibrary.GRID_SICHUAN, BOUGHT_MWH)));

        // 2,000 × 0.1564 = 312.8 t; 17,882.6249448 + 312.8 = 18,195.4249448 → 18,195.
        assertThat(report.lines().get(1).tonnes()).isEqualByComparingTo("312.80");
        assertThat(report.totalTonnes()).isEqualTo(18_195);
        assertThat(report.obligationTonnes()).isEqualTo(18_195);
        assertThat(report.flaggedLines()).isEmpty();
    }

    @Test
    void chongqing_power_adds_1_116_2_t_for_a_total_of_18_999_t() {
        EmissionReport report = calculator.report(Sector.CEMENT, List.of(boiler(CC, OF),
                new EmissionLine.PurchasedElectricity("grid", FactorLibrary.GRID_CHONGQING, BOUGHT_MWH)));

        // 2,000 × 0.5581 = 1,116.2 t; 17,882.6249448 + 1,116.2 = 18,998.8249448 → 18,999.
        assertThat(report.lines().get(1).tonnes()).isEqualByComparingTo("1116.20");
        assertThat(report.totalTonnes()).isEqualTo(18_999);
    }

    @Test
    void a_power_sector_entity_reports_purchased_power_but_is_not_obliged_for_it() {
        EmissionReport report = calculator.report(Sector.POWER, List.of(boiler(CC, OF),
                new EmissionLine.PurchasedElectricity("grid", FactorLibrary.GRID_CHONGQING, BOUGHT_MWH)));

        // Reported 18,999 t; obligation is the boiler alone, 17,882.6249448 → 17,883 (DOMAIN §17, P2324 §2).
        assertThat(report.totalTonnes()).isEqualTo(18_999);
        assertThat(report.obligationTonnes()).isEqualTo(17_883);
    }

    @Test
    void gas_process_heat_and_power_add_exactly_and_round_once() {
        FactorLibrary library = FactorLibrary.standard()
                .with(new EmissionFactor(FactorKind.PURCHASED_HEAT, "STEAM", new BigDecimal("0.11"), 2023, 2023, "TEST", false))
                .with(new EmissionFactor(FactorKind.PROCESS, "LIMESTONE", new BigDecimal("0.44"), 2023, 2023, "TEST", false));
        EmissionCalculator withHeat = new EmissionCalculator(library.pinnedTo(2023));

        EmissionReport report = withHeat.report(Sector.CHEMICALS, List.of(
                // 150 × 389.31 = 58,396.5 GJ; × 0.01532 = 894.63438 tC; × 0.99 = 885.6880362; × 44/12 = 3,247.5227994.
                new EmissionLine.Combustion("gas turbine", "NATURAL_GAS", new BigDecimal("150"),
                        new BigDecimal("389.31"), new BigDecimal("0.01532"), new BigDecimal("0.99")),
                // 1,000 t × 0.44 default = 440 t, flagged.
                new EmissionLine.Process("kiln", "LIMESTONE", new BigDecimal("1000"), null),
                // 5,000 GJ × 0.11 = 550 t.
                new EmissionLine.PurchasedHeat("steam", "STEAM", new BigDecimal("5000")),
                // 1,234.5 MWh × 0.5581 = 688.97445 t.
                new EmissionLine.PurchasedElectricity("grid", FactorLibrary.GRID_CHONGQING, new BigDecimal("1234.5"))));

        assertThat(report.lines()).extracting(LineResult::tonnes).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("3247.52"), new BigDecimal("440.00"), new BigDecimal("550.00"),
                        new BigDecimal("688.97"));
        // 3,247.5227994 + 440 + 550 + 688.97445 = 4,926.4972494 → 4,926.
        assertThat(report.totalTonnes()).isEqualTo(4_926);
        assertThat(report.flaggedLines()).extracting(LineResult::source).containsExactly("kiln");
    }

    @Test
    void the_total_rounds_half_up_not_to_even() {
        FactorLibrary library = FactorLibrary.standard()
                .with(new EmissionFactor(FactorKind.PROCESS, "CARBONATE", new BigDecimal("0.5"), 2023, 2023, "TEST", false));
        EmissionCalculator calc = new EmissionCalculator(library.pinnedTo(2023));

        // 5 × 0.5 = 2.5 t → 3 (half-even would give 2); 1 × 0.5 = 0.5 → 1.
        assertThat(calc.report(Sector.OTHER, List.of(new EmissionLine.Process("p", "CARBONATE", new BigDecimal("5"), null)))
                .totalTonnes()).isEqualTo(3);
        assertThat(calc.report(Sector.OTHER, List.of(new EmissionLine.Process("p", "CARBONATE", BigDecimal.ONE, null)))
                .totalTonnes()).isEqualTo(1);
    }

    @Test
    void bad_input_names_the_field_and_the_rule() {
        assertRefused(() -> calculator.report(Sector.CEMENT, List.of(boiler(CC, new BigDecimal("99")))),
                "lines[0].measuredOxidation", "MRV-FACTOR-BOUNDS");
        assertRefused(() -> calculator.report(Sector.CEMENT, List.of(new EmissionLine.Combustion("b", FactorLibrary.COAL,
                new BigDecimal("-1"), NCV, CC, OF))), "lines[0].consumption", "MRV-ACTIVITY-DATA");
        // No NCV default exists for coal: an unmeasured NCV cannot be filled in.
        assertRefused(() -> calculator.report(Sector.CEMENT, List.of(new EmissionLine.Combustion("b", FactorLibrary.COAL,
                COAL_T, null, CC, OF))), "lines[0].measuredNetCalorificValue", "MRV-FACTOR-MISSING");
        assertRefused(() -> calculator.report(Sector.CEMENT, List.of(
                new EmissionLine.PurchasedElectricity("grid", "XX", BOUGHT_MWH))), "GRID_ELECTRICITY/XX", "MRV-FACTOR-MISSING");
        assertRefused(() -> new EmissionCalculator(FactorLibrary.standard().pinnedTo(2022)).report(Sector.CEMENT, List.of(
                new EmissionLine.PurchasedElectricity("grid", FactorLibrary.GRID_SICHUAN, BOUGHT_MWH))),
                "GRID_ELECTRICITY/SC", "MRV-FACTOR-MISSING");
        assertRefused(() -> calculator.report(Sector.CEMENT, List.of()), "lines", "MRV-ACTIVITY-DATA");
        assertRefused(() -> calculator.report(Sector.CEMENT, List.of(new EmissionLine.PurchasedElectricity(" ",
                FactorLibrary.GRID_SICHUAN, BOUGHT_MWH))), "lines[0].source", "MRV-ACTIVITY-DATA");
    }

    @Property
    void the_total_is_the_exact_sum_rounded_once_whatever_the_line_order(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 5_000_000) Integer> megawattHoursTimes10,
            @ForAll @IntRange(min = 0, max = 100_000) int coalTonnes) {
        List<EmissionLine> lines = new ArrayList<>();
        lines.add(new EmissionLine.Combustion("boiler", FactorLibrary.COAL, BigDecimal.valueOf(coalTonnes), NCV, CC, OF));
        BigDecimal exact = EmissionCalculator.oxidisedCarbon(BigDecimal.valueOf(coalTonnes), NCV, CC, OF)
                .multiply(BigDecimal.valueOf(44)).divide(BigDecimal.valueOf(12), 20, RoundingMode.HALF_UP);
        for (int mwh : megawattHoursTimes10) {
            BigDecimal bought = BigDecimal.valueOf(mwh, 1);
            lines.add(new EmissionLine.PurchasedElectricity("meter", FactorLibrary.GRID_SICHUAN, bought));
            exact = exact.add(bought.multiply(new BigDecimal("0.1564")));
        }
        long expected = exact.setScale(0, RoundingMode.HALF_UP).longValueExact();

        assertThat(calculator.report(Sector.OTHER, lines).totalTonnes()).isEqualTo(expected);
        Collections.reverse(lines);
        assertThat(calculator.report(Sector.OTHER, lines).totalTonnes()).isEqualTo(expected);
    }

    private static void assertRefused(Runnable attempt, String field, String rule) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(MrvException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.ruleId()).isEqualTo(rule);
        });
    }
}
