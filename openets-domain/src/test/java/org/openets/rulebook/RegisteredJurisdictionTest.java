package org.openets.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.core.Position;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.registry.ProposeTransfer;
import org.openets.registry.Registry;
import org.openets.registry.RegistryFixture;
import org.openets.registry.RegistryRejects;

/**
 * Jurisdictions are registered data (RBK-JURISDICTION-*): the operator registers one, after which its
 * regulator issues its allowances and opens its accounts, and its own rule parameters exist; every context
 * refuses a code nobody registered.
 */
class RegisteredJurisdictionTest {

    private final RegistryFixture f = RegistryFixture.chengduAndChongqing();

    /** Registers Guizhou, its regulator reg-gz, representative dave and account GZ-1 of holder H9. */
    private void guizhou() {
        f.ok(Rulebook.SYSTEM_ACTOR, new RegisterJurisdiction("GZ", "Guizhou", false));
        f.ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("reg-gz", Role.REGULATOR, "GZ"));
        f.ok("reg-gz", new RegisterActor("dave", Role.REPRESENTATIVE, "GZ"));
        f.ok("reg-gz", new OpenAccount("GZ-1", AccountType.ENTITY_HOLDING, "GZ", "H9", "Zunyi Cement"));
        f.ok("reg-gz", new AddRepresentative("GZ-1", "dave"));
    }

    @Test
    void genesis_registers_sichuan_chongqing_and_the_unified_authority() {
        assertThat(f.rulebook().jurisdictions()).extracting(Jurisdiction::code).containsExactly("CQ", "CY", "SC");
        assertThat(f.rulebook().unifiedAuthority().code()).isEqualTo("CY");
        assertThat(f.rulebook().parameter("REG-TRANSFER-LIMIT-CQ").scope()).isEqualTo("CQ");
    }

    @Test
    void the_operator_registers_a_jurisdiction_as_a_new_rulebook_version() {
        long before = f.rulebook().version();

        var events = f.ok(Rulebook.SYSTEM_ACTOR, new RegisterJurisdiction("GZ", "Guizhou", false));

        assertThat(events).containsExactly(
                new JurisdictionRegistered("GZ", "Guizhou", false, before + 1, Rulebook.SYSTEM_ACTOR));
        assertThat(f.rulebook().version()).isEqualTo(before + 1);
        assertThat(f.rulebook().jurisdiction("GZ")).isEqualTo(new Jurisdiction("GZ", "Guizhou", false));
        assertThat(f.rulebook().valueAt(Rule.REG_TRANSFER_LIMIT_JURISDICTION, "GZ", f.now()))
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void a_new_jurisdictions_regulator_opens_its_accounts_and_issues_its_allowances() {
        guizhou();

        f.ok("reg-gz", new IssueUnits("GZ-1", "GZEA-2025", 70_000));
        f.ok("reg-gz", new IssueUnits("GZ-1", "FSC-GZ-2024-GZFOR1", 3_000));

        Registry registry = f.registry();
        assertThat(registry.account("GZ-1").jurisdiction()).isEqualTo("GZ");
        assertThat(registry.balance("GZ-1", "GZEA-2025", Position.AVAILABLE)).isEqualTo(70_000);
        assertThat(registry.balance("GZ-1", "FSC-GZ-2024-GZFOR1", Position.AVAILABLE)).isEqualTo(3_000);
    }

    @Test
    void the_unified_authority_acts_for_a_new_jurisdiction_and_other_regulators_do_not() {
        guizhou();

        f.ok("reg-cy", new IssueUnits("GZ-1", "GZEA-2025", 10));
        assertThat(f.rejected("reg-sc", new IssueUnits("GZ-1", "GZEA-2025", 10)).rule())
                .isEqualTo(RegistryRejects.REGULATOR_ONLY.value());
        assertThat(f.rejected("reg-gz", new IssueUnits("ENT-1", "SCEA-2025", 10)).rule())
                .isEqualTo(RegistryRejects.REGULATOR_ONLY.value());
        assertThat(f.rejected("reg-gz", new OpenAccount("SC-9", AccountType.CLIENT, "SC", "H9", "Zunyi Cement"))
                .rule()).isEqualTo(RegistryRejects.ACCOUNT_ADMINISTRATION.value());
    }

    @Test
    void an_unknown_jurisdiction_is_refused_naming_the_field_and_rule() {
        assertUnknown(f.rejected(Rulebook.SYSTEM_ACTOR, new IssueUnits("ENT-1", "GZEA-2025", 10)), "unit");
        assertUnknown(f.rejected("reg-cy", new IssueUnits("ENT-1", "ICC-GZ-2024-P1", 10)), "unit");
        assertUnknown(f.rejected(Rulebook.SYSTEM_ACTOR,
                new OpenAccount("GZ-1", AccountType.CLIENT, "GZ", "H9", "Zunyi Cement")), "jurisdiction");
        assertUnknown(f.rejected(Rulebook.SYSTEM_ACTOR, new RegisterActor("reg-gz", Role.REGULATOR, "GZ")),
                "jurisdiction");
        assertThat(f.rejected("reg-cy", new AmendRule("REG-TRANSFER-LIMIT-GZ", 5, LocalDate.of(2025, 3, 4),
                "GZ notice", "Art 1")).code()).isEqualTo(RulebookRejects.UNKNOWN_RULE);
        assertThat(f.registry().account("GZ-1")).isNull();
        assertThat(f.rulebook().actor("reg-gz")).isNull();
    }

    private static void assertUnknown(Rejection rejection, String field) {
        assertThat(rejection.code()).isEqualTo(RulebookRejects.UNKNOWN_JURISDICTION);
        assertThat(rejection.field()).isEqualTo(field);
        assertThat(rejection.rule()).isEqualTo("RBK-JURISDICTION-KNOWN");
    }

    @Test
    void a_malformed_jurisdiction_code_is_a_field_format_error() {
        for (String code : new String[] {"gz", "GZX", "G", "G1", ""}) {
            Rejection rejection = f.rejected(Rulebook.SYSTEM_ACTOR, new RegisterJurisdiction(code, "Guizhou", false));
            assertThat(rejection.code()).isEqualTo(RejectCode.INVALID_FIELD);
            assertThat(rejection.field()).isEqualTo("code");
            assertThat(rejection.rule()).isEqualTo("RBK-FIELD-FORMAT");
        }
        Rejection unnamed = f.rejected(Rulebook.SYSTEM_ACTOR, new RegisterJurisdiction("GZ", " ", false));
        assertThat(unnamed.field()).isEqualTo("name");
        Rejection account = f.rejected(Rulebook.SYSTEM_ACTOR,
                new OpenAccount("X-1", AccountType.CLIENT, null, "H9", "Zunyi Cement"));
        assertThat(account.field()).isEqualTo("jurisdiction");
        assertThat(account.rule()).isEqualTo("RBK-FIELD-FORMAT");
    }

    @Test
    void only_the_operator_registers_a_jurisdiction() {
        long before = f.rulebook().version();
        for (String actor : List.of("reg-cy", "reg-sc", "alice", "nobody")) {
            Rejection rejection = f.rejected(actor, new RegisterJurisdiction("GZ", "Guizhou", false));
            assertThat(rejection.code()).isEqualTo(RejectCode.NOT_AUTHORISED);
            assertThat(rejection.field()).isEqualTo("actorId");
            assertThat(rejection.rule()).isEqualTo("RBK-JURISDICTION-AUTHORITY");
        }
        assertThat(f.rulebook().jurisdiction("GZ")).isNull();
        assertThat(f.rulebook().version()).isEqualTo(before);
    }

    @Test
    void the_market_has_at_most_one_unified_authority() {
        Rejection rejection = f.rejected(Rulebook.SYSTEM_ACTOR, new RegisterJurisdiction("GZ", "Guizhou", true));

        assertThat(rejection.code()).isEqualTo(RulebookRejects.UNIFIED_AUTHORITY_EXISTS);
        assertThat(rejection.field()).isEqualTo("unifiedAuthority");
        assertThat(rejection.rule()).isEqualTo("RBK-ONE-UNIFIED-AUTHORITY");
        assertThat(f.rulebook().jurisdiction("GZ")).isNull();
    }

    @Test
    void a_jurisdiction_code_is_never_reused() {
        Rejection rejection = f.rejected(Rulebook.SYSTEM_ACTOR, new RegisterJurisdiction("SC", "Sichuan", false));

        assertThat(rejection.code()).isEqualTo(RulebookRejects.JURISDICTION_EXISTS);
        assertThat(rejection.field()).isEqualTo("code");
        assertThat(rejection.rule()).isEqualTo("RBK-JURISDICTION-UNIQUE");
        assertThat(f.rulebook().jurisdiction("SC").name()).isEqualTo("Sichuan (Chengdu)");
    }

    @Test
    void a_new_jurisdiction_has_its_own_transfer_limit_which_its_regulator_amends() {
        guizhou();
        f.ok("reg-gz", new OpenAccount("GZ-2", AccountType.MEMBER_TRADING, "GZ", "H9", "Zunyi Cement"));
        f.ok("reg-gz", new IssueUnits("GZ-1", "GZEA-2025", 70_000));

        f.ok("reg-gz", new AmendRule("REG-TRANSFER-LIMIT-GZ", 1_000, LocalDate.of(2025, 3, 4), "GZ notice", "Art 1"));
        Rejection other = f.rejected("reg-sc",
                new AmendRule("REG-TRANSFER-LIMIT-GZ", 5, LocalDate.of(2025, 3, 4), "SC notice", "Art 1"));

        assertThat(other.rule()).isEqualTo("RBK-AMEND-AUTHORITY");
        assertThat(f.rulebook().valueAt(f.rulebook().parameter("REG-TRANSFER-LIMIT-GZ"), f.now())).isEqualTo(1_000);
        Rejection tooMuch = f.rejected("dave", new ProposeTransfer("T1", "GZ-1", "GZ-2", "GZEA-2025", 1_001));
        assertThat(tooMuch.code()).isEqualTo(RegistryRejects.LIMIT_EXCEEDED);
        assertThat(tooMuch.rule()).isEqualTo("REG-TRANSFER-LIMIT-GZ");
        f.ok("dave", new ProposeTransfer("T2", "GZ-1", "GZ-2", "GZEA-2025", 1_000));
        assertThat(f.rulebook().valueAt("REG-TRANSFER-LIMIT-SC", f.now())).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void a_snapshot_keeps_registered_jurisdictions_and_their_parameters() {
        guizhou();
        f.ok("reg-gz", new AmendRule("REG-TRANSFER-LIMIT-GZ", 1_000, LocalDate.of(2025, 3, 5), "GZ notice", "Art 1"));

        Engine restored = StandardEngine.create().restore(f.engine.snapshot());

        assertThat(restored.stateHash()).isEqualTo(f.engine.stateHash());
        Rulebook rulebook = restored.context(Rulebook.class);
        assertThat(rulebook.jurisdiction("GZ")).isEqualTo(new Jurisdiction("GZ", "Guizhou", false));
        assertThat(rulebook.actor("reg-gz").isRegulatorOf("GZ")).isTrue();
        assertThat(rulebook.versions(rulebook.parameter("REG-TRANSFER-LIMIT-GZ"))).hasSize(2);
    }
}
