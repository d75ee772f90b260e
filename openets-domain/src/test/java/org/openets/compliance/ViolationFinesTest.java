package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ViolationFinesTest {

    private static final long YUAN = 100;

    @Test
    void data_fraud_with_gains_of_300_000_confiscates_them_and_fines_500_000_to_2_000_000() {
        // DOMAIN §7 worked example: below the 500,000 threshold → fixed range, gains still confiscated.
        ViolationFines fines = ViolationFines.assess(Violation.DATA_FRAUD, 300_000 * YUAN);

        assertThat(fines.confiscationFen()).isEqualTo(300_000 * YUAN);
        assertThat(fines.basis()).isEqualTo(ViolationFines.Basis.FIXED_RANGE);
        assertThat(fines.minFineFen()).isEqualTo(500_000 * YUAN);
        assertThat(fines.maxFineFen()).isEqualTo(2_000_000 * YUAN);
    }

    @Test
    void data_fraud_with_gains_of_800_000_confiscates_them_and_fines_4m_to_8m() {
        // DOMAIN §7 worked example: 800,000 × 5 = 4,000,000; × 10 = 8,000,000.
        ViolationFines fines = ViolationFines.assess(Violation.DATA_FRAUD, 800_000 * YUAN);

        assertThat(fines.confiscationFen()).isEqualTo(800_000 * YUAN);
        assertThat(fines.basis()).isEqualTo(ViolationFines.Basis.GAINS_MULTIPLE);
        assertThat(fines.minFineFen()).isEqualTo(4_000_000 * YUAN);
        assertThat(fines.maxFineFen()).isEqualTo(8_000_000 * YUAN);
    }

    @Test
    void data_fraud_threshold_edges() {
        // Nil gains: nothing to confiscate, fixed 500k–2M.
        ViolationFines nil = ViolationFines.assess(Violation.DATA_FRAUD, 0);
        assertThat(nil.confiscationFen()).isZero();
        assertThat(nil.minFineFen()).isEqualTo(500_000 * YUAN);
        // 499,999.99 is "below 500k" → fixed range.
        ViolationFines justBelow = ViolationFines.assess(Violation.DATA_FRAUD, 500_000 * YUAN - 1);
        assertThat(justBelow.basis()).isEqualTo(ViolationFines.Basis.FIXED_RANGE);
        assertThat(justBelow.maxFineFen()).isEqualTo(2_000_000 * YUAN);
        // Exactly 500,000 is not below it → 2,500,000–5,000,000.
        ViolationFines at = ViolationFines.assess(Violation.DATA_FRAUD, 500_000 * YUAN);
        assertThat(at.basis()).isEqualTo(ViolationFines.Basis.GAINS_MULTIPLE);
        assertThat(at.minFineFen()).isEqualTo(2_500_000 * YUAN);
        assertThat(at.maxFineFen()).isEqualTo(5_000_000 * YUAN);
    }

    @Test
    void verifiers_switch_at_200_000_and_labs_at_20_000() {
        // Verifier gains 150,000 < 200,000 → 200,000–1,000,000; gains 250,000 → 1,250,000–2,500,000.
        ViolationFines small = ViolationFines.assess(Violation.VERIFIER_FRAUD, 150_000 * YUAN);
        assertThat(small.confiscationFen()).isEqualTo(150_000 * YUAN);
        assertThat(small.minFineFen()).isEqualTo(200_000 * YUAN);
        assertThat(small.maxFineFen()).isEqualTo(1_000_000 * YUAN);
        ViolationFines large = ViolationFines.assess(Violation.VERIFIER_FRAUD, 250_000 * YUAN);
        assertThat(large.minFineFen()).isEqualTo(1_250_000 * YUAN);
        assertThat(large.maxFineFen()).isEqualTo(2_500_000 * YUAN);

        // Lab gains 19,999 → 20,000–100,000; gains 30,000.50 → 150,002.50–300,005.00.
        ViolationFines labSmall = ViolationFines.assess(Violation.LAB_FRAUD, 19_999 * YUAN);
        assertThat(labSmall.minFineFen()).isEqualTo(20_000 * YUAN);
        assertThat(labSmall.maxFineFen()).isEqualTo(100_000 * YUAN);
        ViolationFines labLarge = ViolationFines.assess(Violation.LAB_FRAUD, 3_000_050);
        assertThat(labLarge.minFineFen()).isEqualTo(15_000_250);
        assertThat(labLarge.maxFineFen()).isEqualTo(30_000_500);
    }

    @Test
    void fixed_range_violations() {
        assertRange(Violation.REPORTING_FAILURE, 50_000, 500_000);
        assertRange(Violation.DATA_FRAUD_PERSON, 50_000, 200_000);
        assertRange(Violation.VERIFIER_OR_LAB_PERSON, 20_000, 200_000);
        assertRange(Violation.OBSTRUCTION, 20_000, 200_000);
        assertThatThrownBy(() -> ViolationFines.assess(Violation.OBSTRUCTION, 1))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("gainsFen");
    }

    private static void assertRange(Violation violation, long minYuan, long maxYuan) {
        ViolationFines fines = ViolationFines.assess(violation, 0);
        assertThat(fines.confiscationFen()).isZero();
        assertThat(fines.basis()).isEqualTo(ViolationFines.Basis.FIXED_RANGE);
        assertThat(fines.minFineFen()).isEqualTo(minYuan * YUAN);
        assertThat(fines.maxFineFen()).isEqualTo(maxYuan * YUAN);
    }

    @Test
    void a_chosen_fine_must_lie_in_the_range() {
        ViolationFines fines = ViolationFines.assess(Violation.DATA_FRAUD, 300_000 * YUAN);

        assertThat(fines.requireWithin(500_000 * YUAN)).isEqualTo(500_000 * YUAN);
        assertThat(fines.requireWithin(2_000_000 * YUAN)).isEqualTo(2_000_000 * YUAN);
        // 300,000 confiscated + 1,000,000 fine = 1,300,000 taken in all.
        assertThat(fines.totalFen(1_000_000 * YUAN)).isEqualTo(1_300_000 * YUAN);
        assertThatThrownBy(() -> fines.requireWithin(500_000 * YUAN - 1))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining(ViolationFines.RANGE_RULE);
        assertThatThrownBy(() -> fines.requireWithin(2_000_000 * YUAN + 1))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("fineFen");
    }

    @Test
    void negative_gains_are_refused() {
        assertThatThrownBy(() -> ViolationFines.assess(Violation.DATA_FRAUD, -1))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("gainsFen")
                .hasMessageContaining(ViolationFines.RULE);
    }

    @Property
    void gains_are_always_confiscated_and_the_range_follows_the_threshold(
            @ForAll @LongRange(min = 0, max = 10_000_000_000L) long gainsFen) {
        ViolationFines fines = ViolationFines.assess(Violation.DATA_FRAUD, gainsFen);

        assertThat(fines.confiscationFen()).isEqualTo(gainsFen);
        if (gainsFen < 500_000 * YUAN) {
            assertThat(fines.minFineFen()).isEqualTo(500_000 * YUAN);
            assertThat(fines.maxFineFen()).isEqualTo(2_000_000 * YUAN);
        } else {
            assertThat(fines.minFineFen()).isEqualTo(5 * gainsFen);
            assertThat(fines.maxFineFen()).isEqualTo(10 * gainsFen);
        }
        // The fine never falls as gains grow past the threshold: the multiple's low end is 2,500,000 there.
        assertThat(fines.minFineFen()).isGreaterThanOrEqualTo(500_000 * YUAN);
    }
}
