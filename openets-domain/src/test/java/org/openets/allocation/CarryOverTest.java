package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** T = ⌊B + NS × R⌋ ≤ holdings, 0 for non-compliers [P2324 §7, Annex 5; DOMAIN §5, §17]. */
class CarryOverTest {

    private final CarryOver carryOver = CarryOver.P2324;

    @Test
    void domain_examples() {
        // 10,000 + 30,000 × 1.5 = 55,000
        assertThat(carryOver.limit(30_000, 100_000, true)).isEqualTo(55_000);
        // only 40,000 held → 40,000
        assertThat(carryOver.limit(30_000, 40_000, true)).isEqualTo(40_000);
    }

    @Test
    void floors_and_negative_net_sales() {
        // 10,000 + 3 × 1.5 = 10,004.5 → 10,004
        assertThat(carryOver.limit(3, 1_000_000, true)).isEqualTo(10_004);
        // net buyer: NS −5,000 counts as 0 → 10,000
        assertThat(carryOver.limit(-5_000, 1_000_000, true)).isEqualTo(10_000);
        assertThat(carryOver.limit(30_000, 100_000, false)).isZero();
    }

    @Test
    void a_request_above_t_or_by_a_non_complier_is_rejected() {
        assertThat(carryOver.approve(55_000, 30_000, 100_000, true)).isEqualTo(55_000);
        assertThatThrownBy(() -> carryOver.approve(55_001, 30_000, 100_000, true))
                .isInstanceOfSatisfying(AllocationInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("requestedTonnes");
                    assertThat(e.ruleId()).isEqualTo(AllocationRuleIds.CARRY_OVER);
                    assertThat(e.getMessage()).contains("55000");
                });
        assertThatThrownBy(() -> carryOver.approve(40_001, 30_000, 40_000, true))
                .isInstanceOf(AllocationInputException.class);
        assertThatThrownBy(() -> carryOver.approve(1, 30_000, 100_000, false))
                .isInstanceOfSatisfying(AllocationInputException.class,
                        e -> assertThat(e.field()).isEqualTo("compliant"));
        assertThatThrownBy(() -> carryOver.limit(0, -1, true))
                .isInstanceOfSatisfying(AllocationInputException.class,
                        e -> assertThat(e.field()).isEqualTo("holdingsTonnes"));
    }
}
