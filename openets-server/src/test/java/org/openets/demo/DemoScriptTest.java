package org.openets.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openets.core.MarketTime;
import org.openets.exchange.ListInstrument;
import org.openets.exchange.TradingPhase;
import org.openets.exchange.TradingPhaseChanged;
import org.openets.registry.IssueUnits;

class DemoScriptTest {

    private final EngineTarget target = new EngineTarget();
    private final DemoScript script = new DemoScript(target, t -> target.now = t, n -> { });

    @Test
    void a_refused_command_stops_the_demo_and_names_the_command_and_the_rule() {
        script.at(LocalDateTime.of(2025, 2, 7, 16, 30));
        script.run("nobody", new IssueUnits("NOWHERE", "SCEA-2025", 1));
        assertThatThrownBy(script::flush).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("IssueUnits").hasMessageContaining("nobody")
                .hasMessageContaining("2025-02-07T16:30");
    }

    @Test
    void moving_the_clock_lets_each_session_change_happen_at_its_own_time() {
        script.at(LocalDateTime.of(2025, 2, 7, 16, 30));
        script.run("system", new ListInstrument("SCEA-2025", "SCEA-2025", 4_250, 1, 0));
        script.advanceTo(LocalDateTime.of(2025, 2, 11, 10, 0));
        // Friday's listing came after its close; Monday opened and closed, then Tuesday opened, each at its minute.
        assertThat(target.events(TradingPhaseChanged.class)).extracting(TradingPhaseChanged::phase)
                .containsExactly(TradingPhase.CONTINUOUS, TradingPhase.CLOSED, TradingPhase.CONTINUOUS);
        assertThat(target.tickTimes).containsExactly(LocalDateTime.of(2025, 2, 10, 9, 30),
                LocalDateTime.of(2025, 2, 10, 15, 0), LocalDateTime.of(2025, 2, 11, 9, 30));
        assertThat(script.now()).isEqualTo(MarketTime.epochMillis(LocalDateTime.of(2025, 2, 11, 10, 0)));
    }
}
