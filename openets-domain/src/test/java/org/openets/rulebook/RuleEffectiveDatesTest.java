package org.openets.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openets.core.MarketTime;
import org.openets.core.Rejection;
import org.openets.registry.ProposeTransfer;
import org.openets.registry.RegistryFixture;

/** Rule parameters are versioned and effective-dated; the regulator amends them, never retroactively. */
class RuleEffectiveDatesTest {

    private final RegistryFixture f = RegistryFixture.chengduAndChongqing();

    private static long cst(int month, int day) {
        return MarketTime.epochMillis(LocalDateTime.of(2025, month, day, 10, 0));
    }

    @Test
    void an_amendment_takes_effect_on_its_date_and_not_before() {
        f.ok("reg-cy", new AmendRule("REG-TRANSFER-LIMIT-SYSTEM", 1_000, LocalDate.of(2025, 3, 6), "EUREG", "Art 23(3a)"));

        assertThat(f.rulebook().valueAt(Rule.REG_TRANSFER_LIMIT_SYSTEM, cst(3, 5))).isEqualTo(2_000_000);
        assertThat(f.rulebook().valueAt(Rule.REG_TRANSFER_LIMIT_SYSTEM, cst(3, 6))).isEqualTo(1_000);
        assertThat(f.rulebook().version()).isEqualTo(2);
        assertThat(f.rulebook().versions(Rule.REG_TRANSFER_LIMIT_SYSTEM)).hasSize(2);
    }

    @Test
    void a_rejection_names_the_rule_and_the_rulebook_version_in_force() {
        f.ok("reg-cy", new AmendRule("REG-TRANSFER-LIMIT-SYSTEM", 1_000, LocalDate.of(2025, 3, 6), "EUREG", "Art 23(3a)"));
        f.at(LocalDateTime.of(2025, 3, 6, 10, 0));

        Rejection rejection = f.rejected("alice", new org.openets.registry.ProposeTransfer("T1", "MEM-1", "ENT-2",
                RegistryFixture.UNIT, 1_001));

        assertThat(rejection.rule()).isEqualTo("REG-TRANSFER-LIMIT-SYSTEM");
        assertThat(rejection.rulebookVersion()).isEqualTo(2);
        f.ok("alice", new ProposeTransfer("T2", "MEM-1", "ENT-2", RegistryFixture.UNIT, 1_000));
    }

    @Test
    void an_amendment_cannot_take_effect_in_the_past() {
        Rejection rejection = f.rejected("reg-cy",
                new AmendRule("CMP-OFFSET-CAP-BPS", 800, LocalDate.of(2025, 3, 3), "MEE19", "Art 29"));
        assertThat(rejection.code()).isEqualTo(RulebookRejects.RETROACTIVE);
        assertThat(rejection.rule()).isEqualTo("RBK-NO-RETROACTIVE-AMENDMENT");
        assertThat(f.rulebook().version()).isEqualTo(1);
    }

    @Test
    void a_jurisdiction_regulator_amends_only_its_own_rules() {
        f.ok("reg-sc", new AmendRule("REG-TRANSFER-LIMIT-SC", 50_000, LocalDate.of(2025, 3, 4), "SC notice", "Art 1"));
        Rejection rejection = f.rejected("reg-sc",
                new AmendRule("REG-TRANSFER-LIMIT-SYSTEM", 1, LocalDate.of(2025, 3, 4), "SC notice", "Art 1"));
        assertThat(rejection.rule()).isEqualTo("RBK-AMEND-AUTHORITY");
        assertThat(f.rejected("alice", new AmendRule("REG-TRANSFER-LIMIT-SC", 1, LocalDate.of(2025, 3, 4), "x", "y"))
                .rule()).isEqualTo("RBK-AMEND-AUTHORITY");
    }

    @Test
    void a_value_outside_its_kind_and_an_unknown_rule_are_refused() {
        assertThat(f.rejected("reg-cy", new AmendRule("CMP-OFFSET-CAP-BPS", 10_001, LocalDate.of(2025, 3, 4),
                "MEE19", "Art 29")).field()).isEqualTo("value");
        assertThat(f.rejected("reg-cy", new AmendRule("NO-SUCH-RULE", 1, LocalDate.of(2025, 3, 4), "x", "y"))
                .code()).isEqualTo(RulebookRejects.UNKNOWN_RULE);
    }

    @Test
    void of_two_amendments_for_the_same_day_the_later_wins() {
        f.ok("reg-cy", new AmendRule("EXC-BLOCK-MIN-TONNES", 50_000, LocalDate.of(2025, 4, 1), "SEEE21", "block"));
        f.ok("reg-cy", new AmendRule("EXC-BLOCK-MIN-TONNES", 80_000, LocalDate.of(2025, 4, 1), "SEEE21", "block"));
        assertThat(f.rulebook().valueAt("EXC-BLOCK-MIN-TONNES", cst(4, 1))).isEqualTo(80_000);
        assertThat(f.rulebook().valueAt("EXC-BLOCK-MIN-TONNES", cst(3, 31))).isEqualTo(100_000);
    }
}
