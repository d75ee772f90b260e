package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.compliance.ComplianceFixture.epochDay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.openets.core.Outcome;
import org.openets.core.Position;

/** Properties of surrender and fines, through the engine. */
class CompliancePropertiesTest {

    private static final long ALLOWANCES = 40_000;
    private static final long CREDITS = 3_000;

    record Attempt(boolean credit, long quantity) {
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.longs().between(1, 12_000))
                .as(Attempt::new).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 30)
    void surrenders_never_exceed_the_obligation_or_the_cap_and_conserve_units(
            @ForAll @LongRange(min = 1, max = 45_000) long obligation, @ForAll("attempts") List<Attempt> attempts) {
        ComplianceFixture f = ComplianceFixture.withEntities();
        f.ok("reg-cy", new RecordOffsetProject("CCER-P1", epochDay(2024, 6, 1), null));
        f.confirmReport("E-SC", 2025, obligation);
        f.issue("HA-SC", "SCEA-2025", ALLOWANCES);
        f.issue("HA-SC", "CCER-2024-P1", CREDITS);
        long cap = obligation * 500 / 10_000;
        long allowances = 0;
        long credits = 0;
        for (Attempt a : attempts) {
            String unit = a.credit() ? "CCER-2024-P1" : "SCEA-2025";
            String before = f.hash();
            Outcome outcome = f.apply("rep", new SurrenderForCompliance("E-SC", 2025, unit, a.quantity()));
            boolean fits = allowances + credits + a.quantity() <= obligation
                    && (!a.credit() || credits + a.quantity() <= cap)
                    && a.quantity() <= (a.credit() ? CREDITS - credits : ALLOWANCES - allowances);
            assertThat(outcome instanceof Outcome.Accepted).as("%s", a).isEqualTo(fits);
            if (fits) {
                if (a.credit()) {
                    credits += a.quantity();
                } else {
                    allowances += a.quantity();
                }
            } else {
                assertThat(f.hash()).isEqualTo(before);
            }
            ComplianceView view = f.compliance().status("E-SC", 2025);
            assertThat(view.allowancesSurrendered() + view.creditsSurrendered()).isLessThanOrEqualTo(obligation);
            assertThat(view.creditsSurrendered()).isLessThanOrEqualTo(view.offsetCapTonnes()).isEqualTo(credits);
            assertThat(f.balance("HA-SC", "SCEA-2025", Position.AVAILABLE)
                    + f.balance("HA-SC", "SCEA-2025", Position.SURRENDERED)).isEqualTo(ALLOWANCES);
            assertThat(f.balance("HA-SC", "CCER-2024-P1", Position.AVAILABLE)
                    + f.balance("HA-SC", "CCER-2024-P1", Position.SURRENDERED)).isEqualTo(CREDITS);
            assertThat(f.balance("HA-SC", "SCEA-2025", Position.SURRENDERED)).isEqualTo(allowances);
        }
    }

    @Property(tries = 10)
    void shortfall_fines_are_shortfall_times_window_price_times_multiple(
            @ForAll @LongRange(min = 1, max = 30_000) long surrendered,
            @ForAll @LongRange(min = 5_500, max = 6_500) long priceFen,
            @ForAll @IntRange(min = 40, max = 110) int multipleTenths) {
        ComplianceFixture f = ComplianceFixture.withEntities();
        f.confirmReport("E-SC", 2025, 30_001);
        f.issue("HA-SC", "SCEA-2025", surrendered);
        f.ok("rep", new SurrenderForCompliance("E-SC", 2025, "SCEA-2025", surrendered));
        f.at(LocalDateTime.of(2026, 12, 1, 10, 0));
        f.list("SCEA-2026", 6_000);
        f.trader("T1", true);
        f.trader("T2", true);
        f.issue("T1", "SCEA-2026", 1_000);
        f.toTrading("T1", "SCEA-2026", 1_000);
        f.trade("T1", "T2", "SCEA-2026", priceFen, 1_000);
        f.tickAt(LocalDateTime.of(2027, 1, 1, 0, 0));
        ShortfallAssessed assessed = f.only(ShortfallAssessed.class, "reg-sc", new CloseCompliance("SC", 2025));
        long shortfall = 30_001 - surrendered;
        assertThat(assessed.shortfallTonnes()).isEqualTo(shortfall);
        assertThat(assessed.minFineFen()).isEqualTo(shortfall * priceFen * 5);
        assertThat(assessed.maxFineFen()).isEqualTo(shortfall * priceFen * 10);

        BigDecimal multiple = BigDecimal.valueOf(multipleTenths, 1);
        Outcome outcome = f.apply("reg-sc", new ImposeShortfallFine("E-SC", 2025, multiple.toPlainString()));
        if (multipleTenths < 50 || multipleTenths > 100) {
            assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        } else {
            long expected = BigDecimal.valueOf(shortfall * priceFen).multiply(multiple)
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            assertThat(f.compliance().status("E-SC", 2025).fineImposedFen()).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<List<long[]>> gainsAndFines() {
        Arbitrary<Long> gains = Arbitraries.longs().between(0, 200_000_000);
        Arbitrary<Long> fines = Arbitraries.longs().between(0, 2_500_000_000L);
        return Combinators.combine(gains, fines).as((g, fine) -> new long[] {g, fine}).list().ofMinSize(1)
                .ofMaxSize(15);
    }

    @Property(tries = 10)
    void data_fraud_fines_are_accepted_exactly_within_their_range(@ForAll("gainsAndFines") List<long[]> decisions) {
        ComplianceFixture f = ComplianceFixture.withEntities();
        for (long[] d : decisions) {
            long gainsFen = d[0];
            // REG24 Art 22: 5–10 × gains, or 500,000–2,000,000 yuan when gains are below 500,000 yuan
            long min = gainsFen < 50_000_000 ? 50_000_000 : gainsFen * 5;
            long max = gainsFen < 50_000_000 ? 200_000_000 : gainsFen * 10;
            for (long fineFen : new long[] {d[1], min, max, min - 1, max + 1, (min + max) / 2}) {
                Outcome outcome = f.apply("reg-sc", new ImposeViolationFine("E-SC", 2025, Violation.DATA_FRAUD,
                        gainsFen, fineFen, 0));
                assertThat(outcome instanceof Outcome.Accepted).as("gains %d fine %d", gainsFen, fineFen)
                        .isEqualTo(fineFen >= min && fineFen <= max);
            }
        }
    }
}
