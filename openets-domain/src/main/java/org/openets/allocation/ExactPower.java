package org.openets.allocation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Real powers of decimals by series at 40 significant digits, far beyond the 6 decimals any allocation factor is
 * rounded to. The JDK has no BigDecimal power with a fractional exponent, and double is not allowed for factors.
 */
final class ExactPower {

    static final MathContext PRECISION = new MathContext(40);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal STOP = new BigDecimal("1e-45");

    private ExactPower() {
    }

    /** base^exponent for base > 0, as exp(exponent × ln(base)). */
    static BigDecimal pow(BigDecimal base, BigDecimal exponent) {
        if (exponent.signum() == 0) {
            return BigDecimal.ONE;
        }
        return exp(exponent.multiply(ln(base), PRECISION));
    }

    /** ln(x) = 2 atanh((x − 1)/(x + 1)); the series converges quickly for x near 1, as all bases here are. */
    static BigDecimal ln(BigDecimal x) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("ln of a non-positive number");
        }
        BigDecimal z = x.subtract(BigDecimal.ONE).divide(x.add(BigDecimal.ONE), PRECISION);
        BigDecimal zSquared = z.multiply(z, PRECISION);
        BigDecimal power = z;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 1; ; k += 2) {
            BigDecimal term = power.divide(BigDecimal.valueOf(k), PRECISION);
            sum = sum.add(term, PRECISION);
            if (term.abs().compareTo(STOP) < 0) {
                return sum.multiply(TWO, PRECISION);
            }
            power = power.multiply(zSquared, PRECISION);
        }
    }

    /** exp(y) by halving y until small, summing the Taylor series, then squaring back. */
    static BigDecimal exp(BigDecimal y) {
        int halvings = 0;
        BigDecimal reduced = y;
        while (reduced.abs().compareTo(BigDecimal.ONE) > 0) {
            reduced = reduced.divide(TWO, PRECISION);
            halvings++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; ; n++) {
            term = term.multiply(reduced, PRECISION).divide(BigDecimal.valueOf(n), PRECISION);
            sum = sum.add(term, PRECISION);
            if (term.abs().compareTo(STOP) < 0) {
                break;
            }
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, PRECISION);
        }
        return sum;
    }
}
