package org.openets.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openets.core.MarketTime;
import org.openets.core.Position;
import org.openets.rulebook.SetCalendarDay;

/**
 * EUREG Art 35(2)-(4) in China Standard Time (DOMAIN §4 worked example, §17 readings): a transfer to an
 * untrusted account waits until 12:00 of the next working day if approved before 12:00, else of the second;
 * a transfer to a trusted account executes at once within 10:00–16:00 on a working day.
 */
class TransferDelayTest {

    private final RegistryFixture f = RegistryFixture.chengduAndChongqing();

    private long executeAtAfterProposingAt(LocalDateTime time) {
        f.at(time);
        f.ok("alice", new ProposeTransfer("T1", "MEM-1", "ENT-2", RegistryFixture.UNIT, 100));
        return f.registry().transfer("T1").executeAtMillis();
    }

    private static long cst(int month, int day, int hour, int minute) {
        return MarketTime.epochMillis(LocalDateTime.of(2025, month, day, hour, minute));
    }

    @Test
    void proposed_tuesday_1130_executes_wednesday_noon() {
        assertThat(executeAtAfterProposingAt(LocalDateTime.of(2025, 3, 4, 11, 30))).isEqualTo(cst(3, 5, 12, 0));
    }

    @Test
    void proposed_tuesday_1400_executes_thursday_noon() {
        assertThat(executeAtAfterProposingAt(LocalDateTime.of(2025, 3, 4, 14, 0))).isEqualTo(cst(3, 6, 12, 0));
    }

    @Test
    void with_wednesday_a_holiday_the_morning_proposal_executes_thursday_noon() {
        f.ok("reg-cy", new SetCalendarDay(LocalDate.of(2025, 3, 5), false, "test holiday"));
        assertThat(executeAtAfterProposingAt(LocalDateTime.of(2025, 3, 4, 11, 30))).isEqualTo(cst(3, 6, 12, 0));
    }

    @Test
    void with_wednesday_a_holiday_the_afternoon_proposal_executes_friday_noon() {
        f.ok("reg-cy", new SetCalendarDay(LocalDate.of(2025, 3, 5), false, "test holiday"));
        assertThat(executeAtAfterProposingAt(LocalDateTime.of(2025, 3, 4, 14, 0))).isEqualTo(cst(3, 7, 12, 0));
    }

    @Test
    void a_proposal_at_exactly_noon_counts_as_after_noon() {
        assertThat(executeAtAfterProposingAt(LocalDateTime.of(2025, 3, 4, 12, 0))).isEqualTo(cst(3, 6, 12, 0));
    }

    @Test
    void the_delayed_transfer_executes_on_the_first_tick_at_its_time_and_not_before() {
        executeAtAfterProposingAt(LocalDateTime.of(2025, 3, 4, 11, 30));

        f.tickAt(LocalDateTime.of(2025, 3, 5, 11, 59));
        assertThat(f.stateOf("T1")).isEqualTo(TransferState.DELAYED);
        f.tickAt(LocalDateTime.of(2025, 3, 5, 12, 0));

        assertThat(f.stateOf("T1")).isEqualTo(TransferState.COMPLETED);
        assertThat(f.registry().balance("ENT-2", RegistryFixture.UNIT, Position.AVAILABLE)).isEqualTo(100);
    }

    @Test
    void a_delayed_transfer_can_be_cancelled_and_then_never_executes() {
        executeAtAfterProposingAt(LocalDateTime.of(2025, 3, 4, 11, 30));

        f.ok("alice", new CancelTransfer("T1"));
        f.tickAt(LocalDateTime.of(2025, 3, 5, 12, 0));

        assertThat(f.stateOf("T1")).isEqualTo(TransferState.CANCELLED);
        assertThat(f.registry().balance("ENT-2", RegistryFixture.UNIT, Position.AVAILABLE)).isZero();
        assertThat(f.registry().balance("MEM-1", RegistryFixture.UNIT, Position.AVAILABLE)).isEqualTo(1_000_000);
    }

    @Test
    void a_trusted_transfer_at_1559_executes_at_once() {
        f.at(LocalDateTime.of(2025, 3, 4, 15, 59, 59));
        f.ok("alice", new ProposeTransfer("T1", "MEM-1", "ENT-1", RegistryFixture.UNIT, 100));
        assertThat(f.stateOf("T1")).isEqualTo(TransferState.COMPLETED);
    }

    @Test
    void a_trusted_transfer_at_1600_waits_for_the_next_working_day_at_1000() {
        f.at(LocalDateTime.of(2025, 3, 4, 16, 0));
        f.ok("alice", new ProposeTransfer("T1", "MEM-1", "ENT-1", RegistryFixture.UNIT, 100));
        assertThat(f.registry().transfer("T1").executeAtMillis()).isEqualTo(cst(3, 5, 10, 0));
    }

    @Test
    void a_trusted_transfer_on_a_make_up_sunday_executes_at_once() {
        f.at(LocalDateTime.of(2025, 4, 27, 11, 0));
        f.ok("alice", new ProposeTransfer("T1", "MEM-1", "ENT-1", RegistryFixture.UNIT, 100));
        assertThat(f.stateOf("T1")).isEqualTo(TransferState.COMPLETED);
    }

    @Test
    void a_trusted_transfer_on_a_saturday_waits_for_monday_1000() {
        f.at(LocalDateTime.of(2025, 3, 8, 11, 0));
        f.ok("alice", new ProposeTransfer("T1", "MEM-1", "ENT-1", RegistryFixture.UNIT, 100));
        assertThat(f.registry().transfer("T1").executeAtMillis()).isEqualTo(cst(3, 10, 10, 0));
    }
}
