package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Ff = 1.015^(16 − 20F) for F < 0.65, classes I–II only, 6 decimals half-up [P2324 Annex 2; DOMAIN §5, §17]. */
class LoadFactorCorrectionTest {

    private static BigDecimal ff(PowerUnitClass c, String f) {
        return LoadFactorCorrection.P2324.factor(c, new BigDecimal(f));
    }

    @Test
    void the_series_power_is_exact_far_beyond_six_decimals() {
        // 1.015^4.4 = 1.06770330215604459897945048517355… (computed independently to 50 digits)
        assertThat(ExactPower.pow(new BigDecimal("1.015"), new BigDecimal("4.4")).setScale(30, java.math.RoundingMode.DOWN))
                .isEqualByComparingTo("1.067703302156044598979450485173");
        // integer exponents must agree with the exact BigDecimal power: 1.015^16 = 1.26898554765418510021069343311321245132446289062500
        assertThat(ExactPower.pow(new BigDecimal("1.015"), new BigDecimal("16")).setScale(30, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo(new BigDecimal("1.015").pow(16).setScale(30, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void worked_example_and_variants() {
        // F 0.58: exponent 4.4, 1.0677033021… → 1.067703
        assertThat(ff(PowerUnitClass.I, "0.58")).isEqualByComparingTo("1.067703");
        // F 0.64: exponent 3.2, 1.0487967555… → 1.048797
        assertThat(ff(PowerUnitClass.I, "0.64")).isEqualByComparingTo("1.048797");
        // F 0.30: exponent 10, 1.015^10 = 1.1605408250… → 1.160541
        assertThat(ff(PowerUnitClass.II, "0.30")).isEqualByComparingTo("1.160541");
        // F 0: exponent 16, 1.2689855476… → 1.268986
        assertThat(ff(PowerUnitClass.I, "0")).isEqualByComparingTo("1.268986");
        // F 0.6499 (just below, as reported): exponent 3.002, 1.0457095128… → 1.045710
        assertThat(ff(PowerUnitClass.I, "0.6499")).isEqualByComparingTo("1.045710");
    }

    @Test
    void at_and_above_the_threshold_ff_is_one() {
        // 65 % exactly → 1 [DOMAIN §17]: the P2324 table jumps from 1.0457 to 1 [DOMAIN §16.1]
        assertThat(ff(PowerUnitClass.I, "0.65")).isEqualByComparingTo("1");
        assertThat(ff(PowerUnitClass.II, "0.9")).isEqualByComparingTo("1");
        assertThat(ff(PowerUnitClass.I, "1")).isEqualByComparingTo("1");
    }

    @Test
    void only_conventional_coal_is_corrected() {
        assertThat(ff(PowerUnitClass.III, "0.3")).isEqualByComparingTo("1");
        assertThat(ff(PowerUnitClass.IV, "0.3")).isEqualByComparingTo("1");
    }

    @Test
    void a_load_factor_given_in_percent_or_negative_is_rejected() {
        // the P2324 note gives F in % [DOMAIN §16.1]; 58 instead of 0.58 must not silently give Ff = 1
        assertThatThrownBy(() -> ff(PowerUnitClass.I, "58"))
                .isInstanceOfSatisfying(AllocationInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("loadFactor");
                    assertThat(e.ruleId()).isEqualTo(AllocationRuleIds.LOAD_FACTOR);
                });
        assertThatThrownBy(() -> ff(PowerUnitClass.I, "-0.01")).isInstanceOf(AllocationInputException.class);
    }
}
