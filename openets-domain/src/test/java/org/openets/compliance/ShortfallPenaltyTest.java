package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ShortfallPenaltyTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 1, 15);

    @Test
    void the_worked_example_fines_761_875_to_1_523_750_and_deducts_2_500() {
        // DOMAIN §7: verified 20,000, surrendered 17,500 → 2,500 short; 2,500 × 60.95 × 5 = 761,875.00,
        // × 10 = 1,523,750.00; if not corrected 2,500 t come off next year.
        ShortfallPenalty penalty = ShortfallPenalty.assess(20_000, 17_500, 6_095, ShortfallParameters.REG24, DECIDED);

        assertThat(penalty.shortfall()).isEqualTo(2_500);
        assertThat(penalty.minFineFen()).isEqualTo(76_187_500L);
        assertThat(penalty.maxFineFen()).isEqualTo(152_375_000L);
        assertThat(penalty.deduction()).isEqualTo(2_500);
        assertThat(penalty.isShort()).isTrue();
    }

    @Test
    void the_regulators_multiple_must_lie_in_the_range() {
        ShortfallPenalty penalty = ShortfallPenalty.assess(20_000, 17_500, 6_095, ShortfallParameters.REG24, DECIDED);

        // 2,500 × 60.95 = 152,375.00 per unit of multiple; × 7 = 1,066,625.00.
        assertThat(penalty.fineAt(BigDecimal.valueOf(7))).isEqualTo(106_662_500L);
        assertThat(penalty.fineAt(BigDecimal.valueOf(5))).isEqualTo(penalty.minFineFen());
        assertThat(penalty.fineAt(BigDecimal.TEN)).isEqualTo(penalty.maxFineFen());
        // × 7.5 = 1,142,812.50.
        assertThat(penalty.fineAt(new BigDecimal("7.5"))).isEqualTo(114_281_250L);
        assertThatThrownBy(() -> penalty.fineAt(new BigDecimal("4.99")))
                .isInstanceOf(ComplianceInputException.class)
                .hasMessageContaining(ShortfallPenalty.MULTIPLE_RULE).hasMessageContaining("multiple");
        assertThatThrownBy(() -> penalty.fineAt(BigDecimal.valueOf(11)))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining(ShortfallPenalty.MULTIPLE_RULE);
    }

    @Test
    void another_shortfall_computed_by_hand() {
        // Verified 12,345, surrendered 12,000 → 345 short at 74.63: 345 × 74.63 = 25,747.35;
        // × 5 = 128,736.75, × 10 = 257,473.50.
        ShortfallPenalty penalty = ShortfallPenalty.assess(12_345, 12_000, 7_463, ShortfallParameters.REG24, DECIDED);

        assertThat(penalty.shortfall()).isEqualTo(345);
        assertThat(penalty.minFineFen()).isEqualTo(12_873_675L);
        assertThat(penalty.maxFineFen()).isEqualTo(25_747_350L);
    }

    @Test
    void the_window_vwap_is_rounded_to_the_fen_before_multiplying() {
        // 1 t @ 60.00 + 2 t @ 60.01 = 60.00667 → 60.01 first; 3,000 short × 60.01 × 5 = 900,150.00
        // (unrounded it would be 900,100.00).
        PenaltyWindow window = PenaltyWindow.endingOn(LocalDate.of(2025, 12, 31));
        long inWindow = window.startMillis();
        WindowPrice price = WindowPrice.of(window, java.util.List.of(
                new WindowTrade(inWindow, 6_000, 1), new WindowTrade(inWindow, 6_001, 2)), 0);

        ShortfallPenalty penalty = ShortfallPenalty.assess(3_000, 0, price, ShortfallParameters.REG24, DECIDED);

        assertThat(penalty.minFineFen()).isEqualTo(90_015_000L);
    }

    @Test
    void surrendering_enough_or_more_leaves_no_shortfall_fine_or_deduction() {
        ShortfallPenalty exact = ShortfallPenalty.assess(20_000, 20_000, 6_095, ShortfallParameters.REG24, DECIDED);
        ShortfallPenalty over = ShortfallPenalty.assess(20_000, 20_500, 6_095, ShortfallParameters.REG24, DECIDED);

        for (ShortfallPenalty p : new ShortfallPenalty[] {exact, over}) {
            assertThat(p.shortfall()).isZero();
            assertThat(p.minFineFen()).isZero();
            assertThat(p.maxFineFen()).isZero();
            assertThat(p.deduction()).isZero();
            assertThatThrownBy(() -> p.fineAt(BigDecimal.valueOf(5))).isInstanceOf(ComplianceInputException.class);
        }
    }

    @Test
    void a_configured_end_of_deductions_stops_them_from_that_decision_date() {
        ShortfallParameters ending = ShortfallParameters.REG24
                .withDeductionsEndingOn(ShortfallParameters.ECOLOGICAL_CODE_END_OF_DEDUCTIONS);

        assertThat(ShortfallPenalty.assess(20_000, 17_500, 6_095, ending, LocalDate.of(2026, 8, 14)).deduction())
                .isEqualTo(2_500);
        ShortfallPenalty after = ShortfallPenalty.assess(20_000, 17_500, 6_095, ending, LocalDate.of(2026, 8, 15));
        assertThat(after.deduction()).isZero();
        assertThat(after.minFineFen()).isEqualTo(76_187_500L);
    }

    @Test
    void bad_input_is_refused_naming_the_field() {
        assertThatThrownBy(() -> ShortfallPenalty.assess(-1, 0, 6_095, ShortfallParameters.REG24, DECIDED))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("verified");
        assertThatThrownBy(() -> ShortfallPenalty.assess(1, -1, 6_095, ShortfallParameters.REG24, DECIDED))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("surrendered");
        assertThatThrownBy(() -> ShortfallPenalty.assess(1, 0, 0, ShortfallParameters.REG24, DECIDED))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("windowPriceFen");
        assertThatThrownBy(() -> new ShortfallParameters(BigDecimal.TEN, BigDecimal.valueOf(5),
                java.util.Optional.empty()))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("maxMultiple");
    }

    @Property
    void fines_scale_with_the_shortfall_and_bracket_every_allowed_multiple(
            @ForAll @LongRange(min = 0, max = 10_000_000) long verified,
            @ForAll @LongRange(min = 0, max = 10_000_000) long surrendered,
            @ForAll @LongRange(min = 1, max = 100_000) long priceFen,
            @ForAll @IntRange(min = 5, max = 10) int multiple) {
        ShortfallPenalty p = ShortfallPenalty.assess(verified, surrendered, priceFen, ShortfallParameters.REG24, DECIDED);

        assertThat(p.shortfall()).isEqualTo(Math.max(0, verified - surrendered));
        assertThat(p.minFineFen()).isEqualTo(p.shortfall() * priceFen * 5);
        assertThat(p.maxFineFen()).isEqualTo(2 * p.minFineFen());
        assertThat(p.deduction()).isEqualTo(p.shortfall());
        if (p.isShort()) {
            assertThat(p.fineAt(BigDecimal.valueOf(multiple))).isEqualTo(p.shortfall() * priceFen * multiple)
                    .isBetween(p.minFineFen(), p.maxFineFen());
        }
    }
}
