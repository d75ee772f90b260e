package org.openets.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class NetAllowanceSalesTest {

    @Test
    void listed_and_block_trades_count_sold_minus_bought_per_calendar_year() {
        ExchangeFixture f = ExchangeFixture.market();
        f.sell("s1", "A", 6_236, 3_000);
        f.buy("b1", "C", 6_236, 2_000);
        f.at(LocalDateTime.of(2026, 11, 30, 13, 30));
        f.ok("m1", new ProposeBlockTrade("blk1", "B", "C", ExchangeFixture.SYMBOL, Side.BUY, 6_500, 100_000));
        f.ok("m2", new ConfirmBlockTrade("blk1"));

        Exchange exchange = f.exchange();
        assertThat(exchange.netAllowanceSales("A", 2026, 2026)).isEqualTo(2_000);
        assertThat(exchange.netAllowanceSales("C", 2026, 2026)).isEqualTo(100_000 - 2_000);
        assertThat(exchange.netAllowanceSales("B", 2024, 2026)).isEqualTo(-100_000);
        assertThat(exchange.netAllowanceSales("A", 2024, 2025)).isZero();
        assertThat(exchange.netAllowanceSales("nobody", 2024, 2026)).isZero();
        assertThat(f.replayedHash()).isEqualTo(f.hash());
    }

    @Test
    void only_allowance_codes_are_allowances() {
        assertThat(NetAllowanceSales.isAllowance("SCEA-2025")).isTrue();
        assertThat(NetAllowanceSales.isAllowance("CYEA-2026")).isTrue();
        assertThat(NetAllowanceSales.isAllowance("CCER-2024-P1")).isFalse();
        assertThat(NetAllowanceSales.isAllowance("FSC-SC-2024-P1")).isFalse();
        assertThat(NetAllowanceSales.isAllowance("ICC-SC-2024-P1")).isFalse();
    }
}
