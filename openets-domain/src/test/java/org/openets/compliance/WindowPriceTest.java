package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.core.MarketTime;

class WindowPriceTest {

    private static final PenaltyWindow DECEMBER = PenaltyWindow.endingOn(LocalDate.of(2025, 12, 31));

    private static long at(int month, int day) {
        int year = month == 1 ? 2026 : 2025;
        return MarketTime.epochMillis(LocalDateTime.of(year, month, day, 10, 0));
    }

    @Test
    void the_worked_example_averages_to_60_95() {
        // DOMAIN §7: 40,000 @ 60.00 + 25,000 @ 64.00 + 15,000 @ 58.40 = 4,876,000 yuan / 80,000 t = 60.95.
        List<WindowTrade> trades = List.of(
                new WindowTrade(at(12, 2), 6_000, 40_000),
                new WindowTrade(at(12, 15), 6_400, 25_000),
                new WindowTrade(at(12, 31), 5_840, 15_000));

        WindowPrice price = WindowPrice.of(DECEMBER, trades, 0);

        assertThat(price.priceFen()).isEqualTo(6_095);
        assertThat(price.volume()).isEqualTo(80_000);
        assertThat(price.basis()).isEqualTo(WindowPrice.Basis.WINDOW_VWAP);
    }

    @Test
    void trades_outside_the_window_do_not_count() {
        // Only the 1 Dec trade counts: 30 Nov and 1 Jan are outside.
        List<WindowTrade> trades = List.of(
                new WindowTrade(at(11, 30), 9_000, 50_000),
                new WindowTrade(at(12, 1), 6_000, 100),
                new WindowTrade(at(1, 1), 1_000, 50_000));

        assertThat(WindowPrice.of(DECEMBER, trades, 0).priceFen()).isEqualTo(6_000);
    }

    @Test
    void the_average_rounds_half_up_to_the_fen() {
        // 1 t @ 60.00 + 1 t @ 60.01 = 120.01 / 2 = 60.005 → 60.01 (half-up).
        assertThat(WindowPrice.of(DECEMBER, List.of(
                new WindowTrade(at(12, 3), 6_000, 1), new WindowTrade(at(12, 4), 6_001, 1)), 0).priceFen())
                .isEqualTo(6_001);
        // 2 t @ 60.00 + 1 t @ 60.01 = 180.01 / 3 = 60.00333 → 60.00 (rounds down).
        assertThat(WindowPrice.of(DECEMBER, List.of(
                new WindowTrade(at(12, 3), 6_000, 2), new WindowTrade(at(12, 4), 6_001, 1)), 0).priceFen())
                .isEqualTo(6_000);
        // 1 t @ 60.00 + 2 t @ 60.01 = 180.02 / 3 = 60.00667 → 60.01.
        assertThat(WindowPrice.of(DECEMBER, List.of(
                new WindowTrade(at(12, 3), 6_000, 1), new WindowTrade(at(12, 4), 6_001, 2)), 0).priceFen())
                .isEqualTo(6_001);
    }

    @Test
    void with_no_trade_in_the_window_the_last_close_prices_the_fine() {
        WindowPrice price = WindowPrice.of(DECEMBER, List.of(new WindowTrade(at(11, 28), 7_000, 10)), 7_463);

        assertThat(price.priceFen()).isEqualTo(7_463);
        assertThat(price.basis()).isEqualTo(WindowPrice.Basis.LAST_CLOSE);
        assertThat(price.volume()).isZero();
    }

    @Test
    void with_no_trade_and_no_close_it_refuses_naming_the_close() {
        assertThatThrownBy(() -> WindowPrice.of(DECEMBER, List.of(), 0))
                .isInstanceOf(ComplianceInputException.class)
                .satisfies(e -> {
                    assertThat(((ComplianceInputException) e).field()).isEqualTo("lastCloseFen");
                    assertThat(((ComplianceInputException) e).ruleId()).isEqualTo(WindowPrice.RULE);
                });
    }

    @Test
    void a_trade_without_price_or_quantity_is_refused() {
        assertThatThrownBy(() -> new WindowTrade(at(12, 3), 0, 10))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("priceFen");
        assertThatThrownBy(() -> new WindowTrade(at(12, 3), 6_000, -1))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("quantity");
    }
}
