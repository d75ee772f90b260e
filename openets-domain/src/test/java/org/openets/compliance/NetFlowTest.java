package org.openets.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class NetFlowTest {

    @Test
    void chongqing_is_a_net_acquirer_of_6() {
        // DOMAIN §14: 1,200 Chongqing units used in Sichuan vs 1,206 Sichuan units used in Chongqing.
        Map<String, Long> flow = NetFlow.of(List.of(
                new CrossSurrender("CQ", "SC", 1_200),
                new CrossSurrender("SC", "CQ", 1_206)));

        assertThat(flow).containsEntry("CQ", -6L).containsEntry("SC", 6L);
    }

    @Test
    void home_surrenders_move_nothing_and_several_batches_add_up() {
        // CQ→SC 700 + 500 = 1,200; SC→CQ 1,000 + 206 = 1,206; 50,000 CQ units at home change nothing.
        Map<String, Long> flow = NetFlow.of(List.of(
                new CrossSurrender("CQ", "SC", 700),
                new CrossSurrender("CQ", "CQ", 50_000),
                new CrossSurrender("SC", "CQ", 1_000),
                new CrossSurrender("CQ", "SC", 500),
                new CrossSurrender("SC", "CQ", 206)));

        assertThat(flow).containsExactly(Map.entry("CQ", -6L), Map.entry("SC", 6L));
    }

    @Test
    void missing_sides_are_refused() {
        assertThatThrownBy(() -> new CrossSurrender(null, "SC", 1))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("issuer");
        assertThatThrownBy(() -> new CrossSurrender("CQ", "SC", -1))
                .isInstanceOf(ComplianceInputException.class).hasMessageContaining("quantity");
    }

    @Property
    void flows_sum_to_zero_and_swapping_sides_negates_them(
            @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 8) Integer> pairs,
            @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 10_000) Integer> quantities) {
        String[] codes = {"SC", "CQ", "CY"};
        List<CrossSurrender> surrenders = new ArrayList<>();
        List<CrossSurrender> swapped = new ArrayList<>();
        for (int i = 0; i < Math.min(pairs.size(), quantities.size()); i++) {
            String issuer = codes[pairs.get(i) / 3];
            String in = codes[pairs.get(i) % 3];
            surrenders.add(new CrossSurrender(issuer, in, quantities.get(i)));
            swapped.add(new CrossSurrender(in, issuer, quantities.get(i)));
        }

        Map<String, Long> flow = NetFlow.of(surrenders);
        Map<String, Long> reverse = NetFlow.of(swapped);

        assertThat(flow.values().stream().mapToLong(Long::longValue).sum()).isZero();
        flow.forEach((code, f) -> assertThat(reverse.get(code)).isEqualTo(-f));
    }
}
