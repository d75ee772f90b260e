package org.openets.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openets.core.Position;
import org.openets.core.Rejection;

/** Pledges and freezes hold particular serials; only available units move; a frozen account sends nothing. */
class LockAndFreezeTest {

    private final RegistryFixture f = RegistryFixture.chengduAndChongqing();
    private static final String U = RegistryFixture.UNIT;

    @Test
    void locked_units_are_pledged_to_the_lender_and_cannot_be_transferred() {
        f.ok("alice", new LockUnits("L1", "MEM-1", U, 999_990, "Bank of Chengdu"));

        Rejection rejection = f.rejected("alice", new ProposeTransfer("T1", "MEM-1", "ENT-1", U, 11));

        assertThat(f.registry().balance("MEM-1", U, Position.LOCKED)).isEqualTo(999_990);
        assertThat(rejection.code()).isEqualTo(RegistryRejects.INSUFFICIENT_UNITS);
        assertThat(rejection.rule()).isEqualTo("REG-AVAILABLE-UNITS-ONLY");
    }

    @Test
    void unlocking_returns_exactly_the_locked_serials() {
        f.ok("alice", new LockUnits("L1", "MEM-1", U, 100, "Bank of Chengdu"));
        f.ok("reg-sc", new UnlockUnits("L1"));
        assertThat(f.registry().blocks("MEM-1", U, Position.AVAILABLE)).containsExactly(new SerialBlock(1_000_001, 2_000_000));
    }

    @Test
    void a_representative_cannot_release_a_pledge() {
        f.ok("alice", new LockUnits("L1", "MEM-1", U, 100, "Bank of Chengdu"));
        assertThat(f.rejected("alice", new UnlockUnits("L1")).rule()).isEqualTo("REG-REGULATOR-ONLY");
    }

    @Test
    void a_frozen_account_sends_nothing_but_still_receives() {
        f.ok("reg-sc", new FreezeAccount("MEM-1", "court order"));

        Rejection rejection = f.rejected("alice", new ProposeTransfer("T1", "MEM-1", "ENT-1", U, 1));
        f.ok("alice", new ProposeTransfer("T2", "ENT-1", "MEM-1", U, 1));
        f.ok("bob", new ApproveTransfer("T2"));

        assertThat(rejection.code()).isEqualTo(RegistryRejects.ACCOUNT_FROZEN);
        assertThat(rejection.rule()).isEqualTo("REG-FROZEN-ACCOUNT-SENDS-NOTHING");
        assertThat(f.registry().balance("MEM-1", U, Position.AVAILABLE)).isEqualTo(1_000_001);
    }

    @Test
    void a_delayed_transfer_whose_sender_is_frozen_when_due_is_cancelled() {
        f.at(LocalDateTime.of(2025, 3, 4, 11, 30));
        f.ok("alice", new ProposeTransfer("T1", "MEM-1", "ENT-2", U, 100));
        f.ok("reg-sc", new FreezeAccount("MEM-1", "court order"));

        f.tickAt(LocalDateTime.of(2025, 3, 5, 12, 0));

        assertThat(f.stateOf("T1")).isEqualTo(TransferState.CANCELLED);
        assertThat(f.registry().balance("MEM-1", U, Position.AVAILABLE)).isEqualTo(1_000_000);
    }

    @Test
    void only_a_regulator_freezes_units_and_frozen_units_return_on_unfreeze() {
        assertThat(f.rejected("alice", new FreezeUnits("F1", "MEM-1", U, 10, "investigation")).rule())
                .isEqualTo("REG-REGULATOR-ONLY");
        f.ok("reg-sc", new FreezeUnits("F1", "MEM-1", U, 10, "investigation"));
        assertThat(f.registry().balance("MEM-1", U, Position.FROZEN)).isEqualTo(10);
        f.ok("reg-sc", new UnfreezeUnits("F1"));
        assertThat(f.registry().balance("MEM-1", U, Position.FROZEN)).isZero();
        assertThat(f.registry().balance("MEM-1", U, Position.AVAILABLE)).isEqualTo(1_000_000);
    }

    @Test
    void retirement_keeps_beneficiary_reason_and_serials() {
        f.ok("alice", new RetireUnits("MEM-1", U, 25, "Chengdu Marathon 2025", "event neutrality"));

        Retirement retirement = f.registry().retirements().get(0);
        assertThat(retirement.beneficiary()).isEqualTo("Chengdu Marathon 2025");
        assertThat(retirement.blocks()).containsExactly(new SerialBlock(1_000_001, 1_000_025));
        assertThat(f.registry().blocks("MEM-1", U, Position.RETIRED)).containsExactly(new SerialBlock(1_000_001, 1_000_025));
    }
}
