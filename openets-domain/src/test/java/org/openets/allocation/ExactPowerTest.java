package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The series power agrees with exact arithmetic where exact arithmetic is available. */
class ExactPowerTest {

    @Property(tries = 200)
    void integer_exponents_match_the_exact_power(@ForAll @IntRange(min = 1, max = 2000) int thousandths,
            @ForAll @IntRange(min = 0, max = 30) int n) {
        BigDecimal base = BigDecimal.ONE.add(BigDecimal.valueOf(thousandths, 4));
        assertThat(ExactPower.pow(base, BigDecimal.valueOf(n)).setScale(30, RoundingMode.HALF_UP))
                .isEqualByComparingTo(base.pow(n).setScale(30, RoundingMode.HALF_UP));
    }

    @Property(tries = 200)
    void half_exponents_square_back(@ForAll @IntRange(min = 1, max = 2000) int thousandths,
            @ForAll @IntRange(min = 0, max = 40) int halves) {
        // (b^(k/2))^2 = b^k
        BigDecimal base = BigDecimal.ONE.add(BigDecimal.valueOf(thousandths, 4));
        BigDecimal root = ExactPower.pow(base, BigDecimal.valueOf(halves, 0).divide(BigDecimal.valueOf(2)));
        assertThat(root.multiply(root).setScale(30, RoundingMode.HALF_UP))
                .isEqualByComparingTo(base.pow(halves).setScale(30, RoundingMode.HALF_UP));
    }
}
