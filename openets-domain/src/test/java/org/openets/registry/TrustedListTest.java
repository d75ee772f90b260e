package org.openets.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openets.core.MarketTime;

/**
 * EUREG Art 23(4): trusted-list additions need two representatives and take effect at 12:00 of the 4th
 * working day counted from the day after approval; removals are immediate; own accounts are trusted.
 */
class TrustedListTest {

    private final RegistryFixture f = RegistryFixture.chengduAndChongqing();

    private void addEnt2ToEnt1sList() {
        f.ok("alice", new ProposeTrustedAccount("ENT-1", "ENT-2"));
        f.ok("bob", new ApproveTrustedAccount("ENT-1", "ENT-2"));
    }

    @Test
    void an_addition_approved_on_tuesday_takes_effect_next_monday_at_noon() {
        addEnt2ToEnt1sList();

        assertThat(f.registry().trustedList("ENT-1").get(0).effectiveAtMillis())
                .isEqualTo(MarketTime.epochMillis(LocalDateTime.of(2025, 3, 10, 12, 0)));
        f.tickAt(LocalDateTime.of(2025, 3, 10, 12, 0));
        assertThat(f.registry().trustedList("ENT-1").get(0).state()).isEqualTo(TrustedState.ACTIVE);
    }

    @Test
    void the_proposer_cannot_approve_their_own_addition() {
        f.ok("alice", new ProposeTrustedAccount("ENT-1", "ENT-2"));
        assertThat(f.rejected("alice", new ApproveTrustedAccount("ENT-1", "ENT-2")).rule())
                .isEqualTo("REG-TAL-TWO-REPRESENTATIVES");
    }

    @Test
    void before_it_takes_effect_a_transfer_to_the_account_still_waits() {
        addEnt2ToEnt1sList();
        f.at(LocalDateTime.of(2025, 3, 10, 11, 0));
        f.ok("alice", new ProposeTransfer("T1", "ENT-1", "ENT-2", RegistryFixture.UNIT, 10));
        f.ok("bob", new ApproveTransfer("T1"));
        assertThat(f.stateOf("T1")).isEqualTo(TransferState.DELAYED);
    }

    @Test
    void once_in_effect_a_transfer_to_the_account_executes_on_approval() {
        addEnt2ToEnt1sList();
        f.tickAt(LocalDateTime.of(2025, 3, 10, 12, 0));
        f.ok("alice", new ProposeTransfer("T1", "ENT-1", "ENT-2", RegistryFixture.UNIT, 10));
        f.ok("bob", new ApproveTransfer("T1"));
        assertThat(f.stateOf("T1")).isEqualTo(TransferState.COMPLETED);
    }

    @Test
    void a_removal_is_immediate() {
        addEnt2ToEnt1sList();
        f.tickAt(LocalDateTime.of(2025, 3, 10, 12, 0));
        f.ok("alice", new RemoveTrustedAccount("ENT-1", "ENT-2"));
        f.ok("alice", new ProposeTransfer("T1", "ENT-1", "ENT-2", RegistryFixture.UNIT, 10));
        f.ok("bob", new ApproveTransfer("T1"));
        assertThat(f.stateOf("T1")).isEqualTo(TransferState.DELAYED);
    }
}
