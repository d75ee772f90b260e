package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ComplianceStatusTest {

    @Test
    void the_worked_shortfall_entity_is_short_2_500_after_the_deadline() {
        // DOMAIN §7: verified 20,000, surrendered 17,500.
        ComplianceStatus status = ComplianceStatus.of("ENT-1", 2025, OptionalLong.of(20_000), 17_500, 0, true);

        assertThat(status.shortfall()).isEqualTo(2_500);
        assertThat(status.state()).isEqualTo(ComplianceState.SHORT);
    }

    @Test
    void the_same_entity_before_the_deadline_is_pending() {
        ComplianceStatus status = ComplianceStatus.of("ENT-1", 2025, OptionalLong.of(20_000), 17_500, 0, false);

        assertThat(status.shortfall()).isEqualTo(2_500);
        assertThat(status.state()).isEqualTo(ComplianceState.PENDING);
    }

    @Test
    void allowances_and_offsets_together_make_an_entity_compliant() {
        // DOMAIN §10: 19,013 allowances + 1,000 CCER = 20,013, compliant even before the deadline.
        ComplianceStatus status = ComplianceStatus.of("ENT-2", 2025, OptionalLong.of(20_013), 19_013, 1_000, false);

        assertThat(status.shortfall()).isZero();
        assertThat(status.state()).isEqualTo(ComplianceState.COMPLIANT);
        assertThat(status.offsetsUsed()).isEqualTo(1_000);
        // One tonne less after the deadline: short by 1.
        ComplianceStatus oneShort = ComplianceStatus.of("ENT-2", 2025, OptionalLong.of(20_013), 19_012, 1_000, true);
        assertThat(oneShort.shortfall()).isEqualTo(1);
        assertThat(oneShort.state()).isEqualTo(ComplianceState.SHORT);
    }

    @Test
    void without_verified_emissions_it_is_pending_with_no_shortfall() {
        ComplianceStatus status = ComplianceStatus.of("ENT-3", 2025, OptionalLong.empty(), 5_000, 0, true);

        assertThat(status.state()).isEqualTo(ComplianceState.PENDING);
        assertThat(status.shortfall()).isZero();
        assertThat(status.obligation()).isEmpty();
    }

    @Test
    void bad_input_is_refused() {
        assertThatThrownBy(() -> ComplianceStatus.of("E", 2025, OptionalLong.of(-1), 0, 0, true))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("obligation");
        assertThatThrownBy(() -> ComplianceStatus.of("E", 2025, OptionalLong.of(1), -1, 0, true))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("allowancesSurrendered");
        assertThatThrownBy(() -> ComplianceStatus.of(null, 2025, OptionalLong.of(1), 0, 0, true))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("entityId");
    }
}
