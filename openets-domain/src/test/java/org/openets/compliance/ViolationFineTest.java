package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Violation fines through the engine (REG24 Art 21–23, 26; DOMAIN §7 data-fraud example). */
class ViolationFineTest {

    private final ComplianceFixture f = ComplianceFixture.withEntities();

    @Test
    void data_fraud_with_gains_below_the_threshold_is_fined_in_the_fixed_range() {
        // gains 300,000 → confiscate 300,000, fine 500,000–2,000,000
        f.rejected("reg-sc", new ImposeViolationFine("E-SC", 2025, Violation.DATA_FRAUD, 30_000_000, 49_999_999, 0),
                "CMP-FINE-RANGE");
        f.rejected("reg-sc", new ImposeViolationFine("E-SC", 2025, Violation.DATA_FRAUD, 30_000_000, 200_000_001, 0),
                "CMP-FINE-RANGE");
        ViolationFineImposed fine = f.only(ViolationFineImposed.class, "reg-sc",
                new ImposeViolationFine("E-SC", 2025, Violation.DATA_FRAUD, 30_000_000, 50_000_000, 0));
        assertThat(fine.confiscationFen()).isEqualTo(30_000_000);
        assertThat(fine.legalBasis()).isEqualTo("REG24 Art 22");
        assertThat(f.adjustments.calls).isEmpty();
    }

    @Test
    void data_fraud_with_gains_is_fined_five_to_ten_times_and_may_cut_next_years_allocation() {
        // gains 800,000 → confiscate 800,000, fine 4M–8M
        f.rejected("reg-sc", new ImposeViolationFine("E-SC", 2025, Violation.DATA_FRAUD, 80_000_000, 399_999_999,
                5_000), "CMP-FINE-RANGE");
        f.rejected("reg-sc", new ImposeViolationFine("E-SC", 2025, Violation.DATA_FRAUD, 80_000_000, 400_000_000,
                4_999), "CMP-ALLOCATION-CUT");
        ViolationFineImposed fine = f.only(ViolationFineImposed.class, "reg-sc",
                new ImposeViolationFine("E-SC", 2025, Violation.DATA_FRAUD, 80_000_000, 800_000_000, 6_000));
        assertThat(fine.confiscationFen()).isEqualTo(80_000_000);
        assertThat(f.adjustments.calls).containsExactly(
                new RecordingAdjustments.Call("cut", "E-SC", 2026, 6_000, fine.decision()));
        assertThat(f.compliance().violationFines("E-SC")).containsExactly(fine);
        assertThat(f.replayedHash()).isEqualTo(f.hash());
    }

    @Test
    void other_violations_take_their_fixed_ranges_and_cut_nothing() {
        f.rejected("reg-sc", new ImposeViolationFine("E-SC", 2025, Violation.REPORTING_FAILURE, 0, 5_000_000, 5_000),
                "CMP-ALLOCATION-CUT");
        f.rejected("reg-sc", new ImposeViolationFine("E-SC", 2025, Violation.REPORTING_FAILURE, 100, 5_000_000, 0),
                "CMP-VIOLATION-FINE");
        f.rejected("reg-sc", new ImposeViolationFine("E-SC", 2025, Violation.OBSTRUCTION, 0, 1_999_999, 0),
                "CMP-FINE-RANGE");
        f.rejected("reg-cq", new ImposeViolationFine("E-SC", 2025, Violation.OBSTRUCTION, 0, 2_000_000, 0),
                "CMP-REGULATOR-OF-JURISDICTION");
        f.ok("reg-sc", new ImposeViolationFine("E-SC", 2025, Violation.REPORTING_FAILURE, 0, 5_000_000, 0));
        f.ok("reg-sc", new ImposeViolationFine("body-B", 2025, Violation.VERIFIER_FRAUD, 0, 20_000_000, 0));
        assertThat(f.compliance().violationFines("body-B")).hasSize(1);
    }
}
