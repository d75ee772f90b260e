package org.openets.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Allocation outside power: the draft 2026 benchmark-price method [P2526D] and our default regional formulas
 * [DOMAIN §5, our default]: grandfathering ⌊mean(E_base) × CF⌋, historical intensity ⌊Q × I_base × CF⌋,
 * benchmark ⌊Q × B⌋. CF is a yearly control factor with no value shipped, so it is always an explicit input.
 *
 * <p>The benchmark price BP solving Σ A = Σ E is found exactly: bisection on exact decimals (the sign of
 * Σ E α(BP) is evaluated without division) locates the piece of α on which the root lies, and on that piece the
 * balance is linear in BP, so BP = N / D with exact decimals N and D. Allocations are then floored exactly from
 * N and D; only the reported BP, X and α are rounded, half-up to 12 decimals.
 */
public final class OtherSectorAllocation {

    /** Decimals of the reported BP, X and α (display only; allocations use the exact values). */
    public static final int DISPLAY_SCALE = 12;
    private static final int MAX_HALVINGS = 400;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** Precision of the displayed X before rounding to 12 decimals. */
    private static final MathContext DISPLAY_PRECISION = new MathContext(40);

    private enum Piece { LOW, LINEAR, HIGH }

    private OtherSectorAllocation() {
    }

    /** A = ⌊E × (1 + α)⌋ per entity with BP such that Σ E × α = 0 (Σ A = Σ E before flooring) [P2526D]. */
    public static SectorBenchmarkAllocation benchmarkPrice(List<SectorEntity> entities, SectorAdjustment adjustment) {
        AllocationInputException.require(entities != null && !entities.isEmpty(), "entities",
                AllocationRuleIds.SECTOR_BENCHMARK, "the sector needs at least one entity");
        long totalEmissions = entities.stream().mapToLong(SectorEntity::emissionsTonnes).reduce(0, Math::addExact);
        AllocationInputException.require(totalEmissions > 0, "emissionsTonnes", AllocationRuleIds.SECTOR_BENCHMARK,
                "the sector's emissions must be positive to solve for BP");
        BigDecimal lo = entities.stream().map(SectorEntity::intensity).min(BigDecimal::compareTo).orElseThrow()
                .divide(TWO);
        BigDecimal hi = entities.stream().map(SectorEntity::intensity).max(BigDecimal::compareTo).orElseThrow()
                .multiply(TWO);
        // At lo every X ≤ −1 and at hi every X ≥ 1/2, so the balance is negative at lo and positive at hi.
        for (int i = 0; i < MAX_HALVINGS && !samePieces(entities, adjustment, lo, hi); i++) {
            BigDecimal mid = lo.add(hi).divide(TWO);
            if (balanceTimesPrice(entities, adjustment, mid).signum() < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        BigDecimal n = BigDecimal.ZERO;
        BigDecimal d = BigDecimal.ZERO;
        List<Piece> pieces = new ArrayList<>();
        for (SectorEntity e : entities) {
            Piece piece = piece(e.intensity(), hi, adjustment);
            pieces.add(piece);
            BigDecimal emissions = BigDecimal.valueOf(e.emissionsTonnes());
            switch (piece) {
                case LINEAR -> {
                    n = n.add(adjustment.slope().multiply(emissions).multiply(e.intensity()));
                    d = d.add(adjustment.slope().multiply(emissions));
                }
                case HIGH -> d = d.add(adjustment.cap().multiply(emissions));
                case LOW -> d = d.subtract(adjustment.cap().multiply(emissions));
            }
        }
        boolean determined = n.signum() > 0;
        // With no entity on the linear piece any BP in the bracket balances; the bracket's middle is reported.
        BigDecimal displayPrice = determined
                ? n.divide(d, DISPLAY_SCALE, RoundingMode.HALF_UP)
                : lo.add(hi).divide(TWO).setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
        List<SectorBenchmarkAllocation.Entity> results = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            results.add(allocate(entities.get(i), pieces.get(i), adjustment, n, d));
        }
        return new SectorBenchmarkAllocation(displayPrice, results);
    }

    private static SectorBenchmarkAllocation.Entity allocate(SectorEntity e, Piece piece, SectorAdjustment adj,
            BigDecimal n, BigDecimal d) {
        BigDecimal emissions = BigDecimal.valueOf(e.emissionsTonnes());
        return switch (piece) {
            case HIGH, LOW -> {
                BigDecimal alpha = piece == Piece.HIGH ? adj.cap() : adj.cap().negate();
                BigDecimal deviation = n.signum() > 0
                        ? BigDecimal.ONE.subtract(e.intensity().multiply(d).divide(n, DISPLAY_PRECISION))
                        : null;
                yield new SectorBenchmarkAllocation.Entity(e.entityId(), e.emissionsTonnes(), scaled(deviation),
                        scaled(alpha), PowerAllocation.floor(emissions.multiply(BigDecimal.ONE.add(alpha))));
            }
            case LINEAR -> {
                // X = 1 − I × D / N; 1 + α = ((1 + s) N − s I D) / N, floored exactly as a quotient.
                BigDecimal intensityTimesD = e.intensity().multiply(d);
                BigDecimal numerator = BigDecimal.ONE.add(adj.slope()).multiply(n)
                        .subtract(adj.slope().multiply(intensityTimesD));
                long allocated = emissions.multiply(numerator).divide(n, 0, RoundingMode.FLOOR).longValueExact();
                BigDecimal deviation = BigDecimal.ONE.subtract(intensityTimesD.divide(n, DISPLAY_PRECISION));
                yield new SectorBenchmarkAllocation.Entity(e.entityId(), e.emissionsTonnes(), scaled(deviation),
                        scaled(adj.slope().multiply(deviation)), allocated);
            }
        };
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
    }

    /** X ≥ band ⟺ I ≤ (1 − band) BP; X ≤ −band ⟺ I ≥ (1 + band) BP; exact, BP > 0. */
    private static Piece piece(BigDecimal intensity, BigDecimal price, SectorAdjustment adj) {
        if (intensity.compareTo(BigDecimal.ONE.subtract(adj.band()).multiply(price)) <= 0) {
            return Piece.HIGH;
        }
        if (intensity.compareTo(BigDecimal.ONE.add(adj.band()).multiply(price)) >= 0) {
            return Piece.LOW;
        }
        return Piece.LINEAR;
    }

    private static boolean samePieces(List<SectorEntity> entities, SectorAdjustment adj, BigDecimal lo,
            BigDecimal hi) {
        return entities.stream().allMatch(e -> piece(e.intensity(), lo, adj) == piece(e.intensity(), hi, adj));
    }

    /** BP × Σ E α(BP): same sign as the balance Σ A − Σ E, computed without division. */
    private static BigDecimal balanceTimesPrice(List<SectorEntity> entities, SectorAdjustment adj, BigDecimal price) {
        BigDecimal sum = BigDecimal.ZERO;
        for (SectorEntity e : entities) {
            BigDecimal emissions = BigDecimal.valueOf(e.emissionsTonnes());
            BigDecimal term = switch (piece(e.intensity(), price, adj)) {
                case HIGH -> adj.cap().multiply(price);
                case LOW -> adj.cap().negate().multiply(price);
                case LINEAR -> adj.slope().multiply(price.subtract(e.intensity()));
            };
            sum = sum.add(emissions.multiply(term));
        }
        return sum;
    }

    /** Grandfathering ⌊mean(E_base) × CF⌋ = ⌊Σ E_base × CF / n⌋, floored exactly [DOMAIN §5, our default]. */
    public static long grandfathering(List<Long> baseYearEmissionsTonnes, BigDecimal controlFactor) {
        requireControlFactor(controlFactor);
        AllocationInputException.require(baseYearEmissionsTonnes != null && !baseYearEmissionsTonnes.isEmpty(),
                "baseYearEmissionsTonnes", AllocationRuleIds.ACTIVITY, "at least one base year is required");
        long sum = 0;
        for (Long e : baseYearEmissionsTonnes) {
            AllocationInputException.require(e != null && e >= 0, "baseYearEmissionsTonnes",
                    AllocationRuleIds.VERIFIED, "base-year emissions must be non-negative tonnes");
            sum = Math.addExact(sum, e);
        }
        return BigDecimal.valueOf(sum).multiply(controlFactor)
                .divide(BigDecimal.valueOf(baseYearEmissionsTonnes.size()), 0, RoundingMode.FLOOR).longValueExact();
    }

    /** Historical intensity ⌊Q × I_base × CF⌋ [DOMAIN §5, our default]. */
    public static long historicalIntensity(BigDecimal output, BigDecimal baseIntensity, BigDecimal controlFactor) {
        requireControlFactor(controlFactor);
        Shares.requireNonNegative(output, "output", AllocationRuleIds.ACTIVITY);
        Shares.requireNonNegative(baseIntensity, "baseIntensity", AllocationRuleIds.BENCHMARK);
        return PowerAllocation.floor(output.multiply(baseIntensity).multiply(controlFactor));
    }

    /**
     * Historical intensity ⌊Q × I_base × CF⌋ with I_base = ΣE_base / ΣQ_base kept as a ratio, so that nothing is
     * rounded before the final floor [DOMAIN §5, our default].
     */
    public static long historicalIntensity(BigDecimal output, BigDecimal baseEmissions, BigDecimal baseOutput,
                                           BigDecimal controlFactor) {
        requireControlFactor(controlFactor);
        Shares.requireNonNegative(output, "output", AllocationRuleIds.ACTIVITY);
        Shares.requireNonNegative(baseEmissions, "baseEmissions", AllocationRuleIds.VERIFIED);
        AllocationInputException.require(baseOutput != null && baseOutput.signum() > 0, "baseOutput",
                AllocationRuleIds.ACTIVITY, "base-year output must be positive");
        return output.multiply(baseEmissions).multiply(controlFactor)
                .divide(baseOutput, 0, RoundingMode.FLOOR).longValueExact();
    }

    /** Benchmark ⌊Q × B⌋ [DOMAIN §5, our default]. */
    public static long benchmark(BigDecimal output, BigDecimal benchmark) {
        Shares.requireNonNegative(output, "output", AllocationRuleIds.ACTIVITY);
        AllocationInputException.require(benchmark != null && benchmark.signum() > 0, "benchmark",
                AllocationRuleIds.BENCHMARK, "the benchmark must be positive");
        return PowerAllocation.floor(output.multiply(benchmark));
    }

    private static void requireControlFactor(BigDecimal controlFactor) {
        AllocationInputException.require(controlFactor != null && controlFactor.signum() > 0, "controlFactor",
                AllocationRuleIds.CONTROL_FACTOR, "a positive yearly control factor is required (none is shipped)");
    }
}
