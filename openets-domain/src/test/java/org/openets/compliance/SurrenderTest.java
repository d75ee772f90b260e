package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.compliance.ComplianceFixture.epochDay;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openets.core.Movement;
import org.openets.core.Position;
import org.openets.registry.FreezeAccount;

/** Surrender against the obligation of a confirmed report (DOMAIN §7, §10). */
class SurrenderTest {

    private ComplianceFixture f;

    @BeforeEach
    void setUp() {
        f = ComplianceFixture.withEntities();
        f.ok("reg-cy", new RecordOffsetProject("CCER-P1", epochDay(2024, 6, 1), null));
        f.ok("reg-cy", new RecordOffsetProject("CCER-OLD", epochDay(2023, 11, 1), ""));
        f.ok("reg-cy", new RecordOffsetProject("CCER-DAY", epochDay(2024, 1, 22), null));
        f.ok("reg-cy", new RecordOffsetProject("CCER-HOSTED", epochDay(2024, 6, 1), "E-SC2"));
        f.ok("reg-sc", new RecordOffsetProject("FSC-SC-F1", epochDay(2024, 8, 1), null));
        f.issue("HA-SC", "SCEA-2025", 30_000);
        f.issue("HA-SC", "CCER-2024-P1", 2_000);
    }

    @Test
    void domain_10_worked_example_cap_of_20013_tonnes_is_1000() {
        f.confirmReport("E-SC", 2025, 20_013);
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "CCER-2024-P1", 1_400), "CMP-OFFSET-CAP-BPS");
        ComplianceSurrendered credits = f.only(ComplianceSurrendered.class, "rep",
                new SurrenderForCompliance("E-SC", 2025, "CCER-2024-P1", 1_000));
        assertThat(credits.offset()).isTrue();
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 19_013));

        ComplianceView view = f.compliance().status("E-SC", 2025);
        assertThat(view.offsetCapTonnes()).isEqualTo(1_000);
        assertThat(view.creditsSurrendered()).isEqualTo(1_000);
        assertThat(view.allowancesSurrendered()).isEqualTo(19_013);
        assertThat(view.shortfallTonnes()).isZero();
        assertThat(view.standing()).isEqualTo(ComplianceStanding.COMPLIANT);
        // one tonne of credits more would pass the cap
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "CCER-2024-P1", 1), "CMP-OFFSET-CAP-BPS");
    }

    @Test
    void a_variant_cap_counts_earlier_credit_surrenders() {
        f.confirmReport("E-SC", 2025, 12_345); // ⌊12,345 × 500 / 10,000⌋ = ⌊617.25⌋ = 617
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "CCER-2024-P1", 600));
        f.issue("HA-SC", "FSC-SC-2025-F1", 100);
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "FSC-SC-2025-F1", 18), "CMP-OFFSET-CAP-BPS");
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "FSC-SC-2025-F1", 17));
        assertThat(f.compliance().status("E-SC", 2025).creditsSurrendered()).isEqualTo(617);
    }

    @Test
    void surrendered_units_move_from_available_to_surrendered_and_cannot_be_surrendered_twice() {
        f.confirmReport("E-SC", 2025, 20_000);
        f.confirmReport("E-SC", 2026, 50_000);
        ComplianceSurrendered s = f.only(ComplianceSurrendered.class, "rep",
                new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 20_000));
        assertThat(s.blocks()).hasSize(1);
        assertThat(s.blocks().get(0).size()).isEqualTo(20_000);
        assertThat(s.movements()).containsExactly(new Movement("HA-SC", "SCEA-2025", Position.AVAILABLE, -20_000),
                new Movement("HA-SC", "SCEA-2025", Position.SURRENDERED, 20_000));
        assertThat(f.balance("HA-SC", "SCEA-2025", Position.AVAILABLE)).isEqualTo(10_000);
        assertThat(f.balance("HA-SC", "SCEA-2025", Position.SURRENDERED)).isEqualTo(20_000);
        // the 20,000 surrendered are gone: only 10,000 remain for anything else
        f.issue("HA-SC", "SCEA-2026", 5_000);
        f.ok("rep", new SurrenderForCompliance("E-SC", 2026, "SCEA-2026", 5_000));
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2026, "SCEA-2026", 1), "REG-AVAILABLE-UNITS-ONLY");
        assertThat(f.balance("HA-SC", "SCEA-2026", Position.SURRENDERED)).isEqualTo(5_000);
        assertThat(f.replayedHash()).isEqualTo(f.hash());
    }

    @Test
    void surrender_needs_a_confirmed_report_of_the_year() {
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 100), "CMP-OBLIGATION-KNOWN");
        f.confirmReport("E-SC", 2025, 20_000);
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 100));
    }

    @Test
    void allowances_and_credits_never_exceed_the_obligation() {
        f.confirmReport("E-SC", 2025, 20_000);
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "CCER-2024-P1", 1_000));
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 19_001),
                "CMP-SURRENDER-WITHIN-OBLIGATION");
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 19_000));
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 1), "CMP-SURRENDER-WITHIN-OBLIGATION");
    }

    @Test
    void only_a_representative_of_the_holding_account_or_a_regulator_of_the_jurisdiction_surrenders() {
        f.confirmReport("E-SC", 2025, 20_000);
        f.rejected("rep-other", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 10), "CMP-SURRENDER-AUTHORITY");
        f.rejected("reg-cq", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 10), "CMP-SURRENDER-AUTHORITY");
        f.ok("reg-sc", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 10));
        f.ok("reg-cy", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 10));
        f.rejected("rep", new SurrenderForCompliance("E-NONE", 2025, "SCEA-2025", 10), "CMP-ENTITY-KNOWN");
    }

    @Test
    void a_frozen_account_surrenders_nothing() {
        f.confirmReport("E-SC", 2025, 20_000);
        f.ok("reg-sc", new FreezeAccount("HA-SC", "court order"));
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", 10),
                "REG-FROZEN-ACCOUNT-SENDS-NOTHING");
    }

    @Test
    void allowances_of_another_jurisdiction_do_not_count_but_the_unified_authoritys_do() {
        f.confirmReport("E-SC", 2025, 20_000);
        f.issue("HA-SC", "CQEA-2025", 100);
        f.issue("HA-SC", "CYEA-2025", 100);
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "CQEA-2025", 10), "CMP-ALLOWANCE-JURISDICTION");
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "CYEA-2025", 100));
        assertThat(f.compliance().status("E-SC", 2025).allowancesSurrendered()).isEqualTo(100);
    }

    @Test
    void banking_is_allowed_and_borrowing_is_not() {
        f.confirmReport("E-SC", 2025, 20_000);
        f.issue("HA-SC", "SCEA-2024", 100);
        f.issue("HA-SC", "SCEA-2026", 100);
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2026", 10), "CMP-NO-BORROWING");
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2024", 100));
    }

    @Test
    void allowances_of_2025_count_for_2026_only_within_an_approved_carry_over() {
        f.confirmReport("E-SC", 2026, 20_000);
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2026, "SCEA-2025", 1), "CMP-CARRY-OVER-LIMIT");
        f.issue("HA-SC", "SCEA-2026", 100);
        f.ok("rep", new SurrenderForCompliance("E-SC", 2026, "SCEA-2026", 100));
    }

    @Test
    void credit_eligibility_rules_each_reject_with_their_rule() {
        f.confirmReport("E-SC", 2025, 40_000);
        f.issue("HA-SC", "CCER-2024-NEW", 10);
        f.issue("HA-SC", "CCER-2023-OLD", 10);
        f.issue("HA-SC", "CCER-2024-DAY", 10);
        f.issue("HA-SC", "CCER-2024-HOSTED", 10);
        f.issue("HA-SC", "ICC-SC-2025-X1", 10);
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "CCER-2024-NEW", 10), "CMP-OFFSET-PROJECT-RECORDED");
        // DOMAIN §10: a CCER registered 2023-11-01 is rejected for 2025 whatever the cap; 2024-01-22 itself too
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "CCER-2023-OLD", 10), "CMP-CCER-REGISTERED-AFTER");
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "CCER-2024-DAY", 10), "CMP-CCER-REGISTERED-AFTER");
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "CCER-2024-HOSTED", 10), "OFS-COVERED-ENTITY");
        f.rejected("rep", new SurrenderForCompliance("E-SC", 2025, "ICC-SC-2025-X1", 10),
                "CMP-INCLUSION-NOT-FOR-COMPLIANCE");
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "CCER-2024-P1", 10));
    }

    @Test
    void projects_are_recorded_by_their_issuers_regulator_once() {
        f.rejected("reg-sc", new RecordOffsetProject("CCER-P9", epochDay(2024, 6, 1), null), "CMP-PROJECT-AUTHORITY");
        f.rejected("reg-cq", new RecordOffsetProject("FSC-SC-F9", epochDay(2024, 6, 1), null),
                "CMP-PROJECT-AUTHORITY");
        f.rejected("reg-cy", new RecordOffsetProject("CCER-P1", epochDay(2024, 6, 1), null),
                "CMP-PROJECT-ID-UNIQUE");
        f.rejected("reg-cy", new RecordOffsetProject("CCER-2024-P9", epochDay(2024, 6, 1), null), "CMP-FIELD-FORMAT");
        f.rejected("reg-cy", new RecordOffsetProject("CCER-P9", epochDay(2024, 6, 1), "E-NONE"), "CMP-ENTITY-KNOWN");
        f.ok("reg-cy", new RecordOffsetProject("FSC-SC-F9", epochDay(2024, 6, 1), null));
        assertThat(f.compliance().offsetProject("FSC-SC-F9").recordedBy()).isEqualTo("reg-cy");
    }
}
