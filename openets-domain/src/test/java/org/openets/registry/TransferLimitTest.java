package org.openets.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openets.core.Rejection;

/** EUREG Art 23(3a)-(3b), DOMAIN §17: the lowest applicable limit binds, equal is allowed, surrender is free. */
class TransferLimitTest {

    private final RegistryFixture f = RegistryFixture.chengduAndChongqing();

    @Test
    void a_transfer_equal_to_the_account_limit_is_allowed_and_one_more_is_not() {
        f.ok("reg-sc", new SetAccountTransferLimit("MEM-1", 500));

        f.ok("alice", new ProposeTransfer("T1", "MEM-1", "ENT-1", RegistryFixture.UNIT, 500));
        Rejection rejection = f.rejected("alice", new ProposeTransfer("T2", "MEM-1", "ENT-1", RegistryFixture.UNIT, 501));

        assertThat(rejection.code()).isEqualTo(RegistryRejects.LIMIT_EXCEEDED);
        assertThat(rejection.rule()).isEqualTo("REG-TRANSFER-LIMIT-ACCOUNT");
    }

    @Test
    void the_system_limit_applies_to_untrusted_accounts_only() {
        f.ok("reg-sc", new IssueUnits("MEM-1", RegistryFixture.UNIT, 2_000_000));

        Rejection rejection = f.rejected("alice",
                new ProposeTransfer("T1", "MEM-1", "ENT-2", RegistryFixture.UNIT, 2_000_001));
        f.ok("alice", new ProposeTransfer("T2", "MEM-1", "ENT-2", RegistryFixture.UNIT, 2_000_000));
        f.ok("alice", new ProposeTransfer("T3", "MEM-1", "ENT-1", RegistryFixture.UNIT, 1_000_000));

        assertThat(rejection.rule()).isEqualTo("REG-TRANSFER-LIMIT-SYSTEM");
    }

    @Test
    void surrender_is_never_limited() {
        f.ok("reg-sc", new SetAccountTransferLimit("MEM-1", 500));
        f.ok("alice", new SurrenderUnits("MEM-1", RegistryFixture.UNIT, 600_000, 2025));
        f.ok("alice", new CancelUnits("MEM-1", RegistryFixture.UNIT, 1_000, "voluntary cancellation"));
    }

    @Test
    void only_a_regulator_sets_an_account_limit() {
        assertThat(f.rejected("alice", new SetAccountTransferLimit("MEM-1", 500)).rule())
                .isEqualTo("REG-REGULATOR-ONLY");
    }
}
