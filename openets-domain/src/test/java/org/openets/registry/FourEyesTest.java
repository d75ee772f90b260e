package org.openets.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openets.core.Position;
import org.openets.core.Rejection;

/** EUREG Art 35(1): a transfer out of an entity holding account needs a second, different representative. */
class FourEyesTest {

    private final RegistryFixture f = RegistryFixture.chengduAndChongqing();

    @Test
    void a_transfer_out_of_an_entity_account_waits_for_a_second_representative() {
        f.ok("alice", new ProposeTransfer("T1", "ENT-1", "MEM-1", RegistryFixture.UNIT, 100));

        assertThat(f.stateOf("T1")).isEqualTo(TransferState.AWAITING_APPROVAL);
        assertThat(f.registry().balance("ENT-1", RegistryFixture.UNIT, Position.RESERVED)).isEqualTo(100);
        assertThat(f.registry().balance("ENT-1", RegistryFixture.UNIT, Position.AVAILABLE)).isEqualTo(999_900);
    }

    @Test
    void the_proposer_cannot_approve_their_own_transfer() {
        f.ok("alice", new ProposeTransfer("T1", "ENT-1", "MEM-1", RegistryFixture.UNIT, 100));

        Rejection rejection = f.rejected("alice", new ApproveTransfer("T1"));

        assertThat(rejection.code()).isEqualTo(RegistryRejects.SAME_REPRESENTATIVE);
        assertThat(rejection.rule()).isEqualTo("REG-FOUR-EYES");
        assertThat(rejection.rulebookVersion()).isEqualTo(1);
    }

    @Test
    void a_second_representative_approves_and_a_transfer_to_an_own_account_executes_at_once() {
        f.ok("alice", new ProposeTransfer("T1", "ENT-1", "MEM-1", RegistryFixture.UNIT, 100));

        f.ok("bob", new ApproveTransfer("T1"));

        assertThat(f.stateOf("T1")).isEqualTo(TransferState.COMPLETED);
        assertThat(f.registry().balance("MEM-1", RegistryFixture.UNIT, Position.AVAILABLE)).isEqualTo(1_000_100);
        assertThat(f.registry().balance("ENT-1", RegistryFixture.UNIT, Position.RESERVED)).isZero();
    }

    @Test
    void someone_who_is_not_a_representative_cannot_approve() {
        f.ok("alice", new ProposeTransfer("T1", "ENT-1", "MEM-1", RegistryFixture.UNIT, 100));

        Rejection rejection = f.rejected("carol", new ApproveTransfer("T1"));

        assertThat(rejection.rule()).isEqualTo("REG-REPRESENTATIVE-ONLY");
    }

    @Test
    void a_member_account_without_four_eyes_moves_units_with_one_command() {
        f.ok("alice", new ProposeTransfer("T1", "MEM-1", "ENT-1", RegistryFixture.UNIT, 10));

        assertThat(f.stateOf("T1")).isEqualTo(TransferState.COMPLETED);
        assertThat(f.registry().blocks("ENT-1", RegistryFixture.UNIT, Position.AVAILABLE))
                .containsExactly(new SerialBlock(1, 1_000_010));
    }

    @Test
    void a_cancelled_proposal_returns_the_reserved_units() {
        f.at(LocalDateTime.of(2025, 3, 4, 11, 0));
        f.ok("alice", new ProposeTransfer("T1", "ENT-1", "MEM-1", RegistryFixture.UNIT, 100));

        f.ok("bob", new CancelTransfer("T1"));

        assertThat(f.stateOf("T1")).isEqualTo(TransferState.CANCELLED);
        assertThat(f.registry().blocks("ENT-1", RegistryFixture.UNIT, Position.AVAILABLE))
                .containsExactly(new SerialBlock(1, 1_000_000));
        assertThat(f.rejected("bob", new ApproveTransfer("T1")).code()).isEqualTo(RegistryRejects.TRANSFER_NOT_PENDING);
    }
}
