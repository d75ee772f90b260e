package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Cap split with a floored 5 % reserve and the trigger price half-up to the fen [DOMAIN §9, §17]. */
class ReservesTest {

    @Test
    void reserve_is_floored_and_the_rest_auctioned() {
        // ⌊100,000,001 × 0.05⌋ = ⌊5,000,000.05⌋ = 5,000,000; 100,000,001 − 80,000,000 − 5,000,000 = 15,000,001
        CapSplit split = CapSplit.of(100_000_001, 80_000_000, CapSplit.DEFAULT_RESERVE_SHARE);
        assertThat(split.reservedTonnes()).isEqualTo(5_000_000);
        assertThat(split.auctionedTonnes()).isEqualTo(15_000_001);
        // ⌊19 × 0.05⌋ = ⌊0.95⌋ = 0
        assertThat(CapSplit.reserveVolume(19, CapSplit.DEFAULT_RESERVE_SHARE)).isZero();
    }

    @Test
    void free_allocation_eating_into_the_reserve_is_rejected() {
        // cap 1,000: reserve 50, so at most 950 free
        assertThat(CapSplit.of(1_000, 950, CapSplit.DEFAULT_RESERVE_SHARE).auctionedTonnes()).isZero();
        assertThatThrownBy(() -> CapSplit.of(1_000, 951, CapSplit.DEFAULT_RESERVE_SHARE))
                .isInstanceOfSatisfying(AllocationInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("freeTonnes");
                    assertThat(e.ruleId()).isEqualTo(AllocationRuleIds.CAP_SPLIT);
                });
    }

    @Property
    void free_auctioned_and_reserved_add_up_to_the_cap(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long cap,
            @ForAll @IntRange(min = 0, max = 1000) int freePerMille, @ForAll @IntRange(min = 0, max = 200) int reserveBp) {
        BigDecimal share = BigDecimal.valueOf(reserveBp, 4);
        long reserved = CapSplit.reserveVolume(cap, share);
        long free = (cap - reserved) / 1000 * freePerMille;
        CapSplit split = CapSplit.of(cap, free, share);
        assertThat(split.freeTonnes() + split.auctionedTonnes() + split.reservedTonnes()).isEqualTo(cap);
        assertThat(split.auctionedTonnes()).isNotNegative();
        // floored: reserved ≤ cap × share < reserved + 1
        BigDecimal exact = BigDecimal.valueOf(cap).multiply(share);
        assertThat(BigDecimal.valueOf(split.reservedTonnes())).isLessThanOrEqualTo(exact)
                .isGreaterThan(exact.subtract(BigDecimal.ONE));
    }

    @Test
    void trigger_price_grows_and_rounds_half_up() {
        // 4,000 fen × 1.07^n: 4,000; 4,280; 4,579.6 → 4,580; 4,900.172 → 4,900
        ReserveTrigger trigger = new ReserveTrigger(4_000, new BigDecimal("0.07"), 2026);
        assertThat(trigger.priceFen(2026)).isEqualTo(4_000);
        assertThat(trigger.priceFen(2027)).isEqualTo(4_280);
        assertThat(trigger.priceFen(2028)).isEqualTo(4_580);
        assertThat(trigger.priceFen(2029)).isEqualTo(4_900);
        // 1,050 × 1.05 = 1,102.5 → 1,103 (half-even would give 1,102)
        assertThat(new ReserveTrigger(1_050, new BigDecimal("0.05"), 2026).priceFen(2027)).isEqualTo(1_103);
        assertThatThrownBy(() -> trigger.priceFen(2025))
                .isInstanceOfSatisfying(AllocationInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("year");
                    assertThat(e.ruleId()).isEqualTo(AllocationRuleIds.RESERVE_TRIGGER);
                });
    }
}
