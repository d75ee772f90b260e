package org.openets.mrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.mrv.MrvFixture.boiler;
import static org.openets.mrv.MrvFixture.power;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

class MrvContextTest {

    private final MrvFixture f = MrvFixture.withEntities();

    // ---- entities ----

    @Test
    void a_regulator_registers_an_entity_and_its_installations() {
        f.ok("reg-sc", new RegisterInstallation("I-1", "E-SC", "Kiln 1", "cement kiln", "5,000 t clinker/day"));

        EntityView entity = f.mrv().entity("E-SC");
        assertThat(entity.entity()).isEqualTo(new EntityRegistered("E-SC", "Sichuan Cement", MrvFixture.SC_CODE, "SC",
                Sector.CEMENT, "HA-SC"));
        assertThat(entity.installations()).extracting(InstallationRegistered::installationId).containsExactly("I-1");
        assertThat(f.mrv().entities()).extracting(e -> e.entity().entityId()).containsExactly("E-CQ", "E-SC");
    }

    @Test
    void entity_registration_is_refused_with_the_rule_named_and_nothing_changed() {
        // Check character 18 is 3, not 4 (GB 32100-2015 §5).
        f.rejected("reg-sc", new RegisterEntity("E-2", "Other", "91350100M000100Y44", "SC", Sector.CEMENT, "H"),
                "MRV-USCC-FORMAT");
        f.rejected("reg-sc", new RegisterEntity("E-2", "Other", MrvFixture.SC_CODE, "SC", Sector.CEMENT, "H"),
                "MRV-USCC-UNIQUE");
        f.rejected("reg-sc", new RegisterEntity("E-SC", "Other", "91500000202800006F", "SC", Sector.CEMENT, "H"),
                "MRV-ID-UNIQUE");
        f.rejected("reg-sc", new RegisterEntity("E-2", "Other", MrvFixture.SC_CODE, "ZZ", Sector.CEMENT, "H"),
                "RBK-JURISDICTION-KNOWN");
        f.rejected("reg-sc", new RegisterEntity("E-2", "Other", MrvFixture.SC_CODE, "CQ", Sector.CEMENT, "H"),
                "MRV-REGULATOR-OF-JURISDICTION");
        f.rejected("rep", new RegisterEntity("E-2", "Other", MrvFixture.SC_CODE, "SC", Sector.CEMENT, "H"),
                "MRV-REGULATOR-OF-JURISDICTION");
        f.rejected("reg-sc", new RegisterEntity("E-2", " ", MrvFixture.SC_CODE, "SC", Sector.CEMENT, "H"),
                "MRV-FIELD-FORMAT");
        f.rejected("reg-cq", new RegisterInstallation("I-1", "E-SC", "Kiln", "kiln", "1 Mt"),
                "MRV-REGULATOR-OF-JURISDICTION");
        f.rejected("reg-sc", new RegisterInstallation("I-1", "E-XX", "Kiln", "kiln", "1 Mt"), "MRV-ENTITY-KNOWN");
        assertThat(f.mrv().entities()).hasSize(2);
    }

    @Test
    void an_entity_needs_an_entity_holding_account_in_the_registry() {
        var rejection = f.rejected("reg-sc", new RegisterEntity("E-2", "Other", "91510100123456788M", "SC",
                Sector.CEMENT, "HA-NONE"), "MRV-HOLDING-ACCOUNT");
        assertThat(rejection.field()).isEqualTo("holdingAccountId");
        f.ok(Rulebook.SYSTEM_ACTOR, new OpenAccount("TR-2", AccountType.MEMBER_TRADING, "SC", "h2", "Trader"));
        f.rejected("reg-sc", new RegisterEntity("E-2", "Other", "91510100123456788M", "SC", Sector.CEMENT, "TR-2"),
                "MRV-HOLDING-ACCOUNT");
        f.holdingAccount("HA-2", "SC");
        f.ok("reg-sc", new RegisterEntity("E-2", "Other", "91510100123456788M", "SC", Sector.CEMENT, "HA-2"));
    }

    @Test
    void only_a_representative_of_the_holding_account_acts_for_the_entity() {
        List<ActivityLine> lines = List.of(power("SC"));
        var rejection = f.rejected("rep-other", new DraftReport("R-SC", "E-SC", 2023, "body-A", lines, null),
                "MRV-ENTITY-REPRESENTATIVE");
        assertThat(rejection.field()).isEqualTo("actorId");
        assertThat(rejection.message()).contains("HA-SC");
        f.ok("rep", new DraftReport("R-SC", "E-SC", 2023, "body-A", lines, null));
        f.rejected("rep-other", new AmendReport("R-SC", lines, null), "MRV-ENTITY-REPRESENTATIVE");
        f.rejected("rep-other", new SubmitReport("R-SC"), "MRV-ENTITY-REPRESENTATIVE");

        // Made a representative of HA-SC in the registry, the same actor may act.
        f.ok(Rulebook.SYSTEM_ACTOR, new AddRepresentative("HA-SC", "rep-other"));
        f.ok("rep-other", new SubmitReport("R-SC"));
        f.ok("ver", new VerifyReport("R-SC", "body-B", "", null));
        f.ok("reg-sc", new ConfirmReport("R-SC"));
        f.ok(Rulebook.SYSTEM_ACTOR, new RegisterActor("rep-cq", Role.REPRESENTATIVE, "CQ"));
        f.ok(Rulebook.SYSTEM_ACTOR, new AddRepresentative("HA-CQ", "rep-cq"));
        // A representative of another entity's account is not one of this entity's.
        f.rejected("rep-cq", new AppealReport("R-SC", "meter recalibrated"), "MRV-ENTITY-REPRESENTATIVE");
        f.ok("rep-other", new AppealReport("R-SC", "meter recalibrated"));
    }

    // ---- DOMAIN §6 worked example through the engine ----

    @Test
    void the_worked_example_gives_18_195_t_in_sichuan() {
        // 9,000 × 20.908 × 0.02618 × 0.99 × 44/12 = 17,882.6249448 t; + 2,000 × 0.1564 = 312.8 t
        // = 18,195.4249448 → 18,195 t (half-up once, DOMAIN §6 step 4).
        ReportDrafted drafted = f.only(ReportDrafted.class, "rep", new DraftReport("R-SC", "E-SC", 2023, "body-A",
                List.of(boiler("0.02618"), power(FactorLibrary.GRID_SICHUAN)), null));

        assertThat(drafted.version()).isEqualTo(1);
        assertThat(drafted.lineTonnes()).containsExactly("17882.62", "312.80");
        assertThat(drafted.totalTonnes()).isEqualTo(18_195);
        assertThat(drafted.obligationTonnes()).isEqualTo(18_195);
        assertThat(drafted.flaggedSources()).isEmpty();
        assertThat(f.mrv().report("R-SC").current().status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void the_worked_example_gives_18_999_t_in_chongqing() {
        // 17,882.6249448 + 2,000 × 0.5581 = 1,116.2 → 18,998.8249448 → 18,999 t.
        ReportDrafted drafted = f.only(ReportDrafted.class, "rep", new DraftReport("R-CQ", "E-CQ", 2023, "body-A",
                List.of(boiler("0.02618"), power(FactorLibrary.GRID_CHONGQING)), null));

        assertThat(drafted.lineTonnes()).containsExactly("17882.62", "1116.20");
        assertThat(drafted.totalTonnes()).isEqualTo(18_999);
    }

    @Test
    void unmeasured_carbon_takes_the_default_and_flags_the_line() {
        // Step 2: CC 0.03085 → 9,000 × 20.908 × 0.03085 × 0.99 × 44/12 = 21,072.5401... t; + 312.8 = 21,385.34 → 21,385.
        ReportDrafted drafted = f.only(ReportDrafted.class, "rep", new DraftReport("R-SC", "E-SC", 2023, "body-A",
                List.of(boiler(""), power(FactorLibrary.GRID_SICHUAN)), null));

        assertThat(drafted.lineTonnes()).containsExactly("21072.54", "312.80");
        assertThat(drafted.totalTonnes()).isEqualTo(21_385);
        assertThat(drafted.flaggedSources()).containsExactly("boiler");
    }

    @Test
    void a_power_entity_reports_purchased_power_but_is_not_obliged_for_it() {
        f.holdingAccount("HA-P", "SC", "rep");
        f.ok("reg-sc", new RegisterEntity("E-P", "Sichuan Power", "91510100123456788M", "SC", Sector.POWER, "HA-P"));
        // Variant: 1,000 MWh × 0.1564 = 156.4 t; total 17,882.6249448 + 156.4 = 18,039.02 → 18,039;
        // obligation without purchased power [P2324 §2]: 17,882.62 → 17,883.
        ReportDrafted drafted = f.only(ReportDrafted.class, "rep", new DraftReport("R-P", "E-P", 2023, "body-A",
                List.of(boiler("0.02618"), ActivityLine.electricity("grid", FactorLibrary.GRID_SICHUAN, "1000")), null));

        assertThat(drafted.totalTonnes()).isEqualTo(18_039);
        assertThat(drafted.obligationTonnes()).isEqualTo(17_883);
    }

    @Test
    void a_draft_with_bad_lines_is_refused_naming_the_field() {
        var bad = f.rejected("rep", new DraftReport("R", "E-SC", 2023, "body-A",
                List.of(ActivityLine.combustion("boiler", "COAL", "9,000", "20.908", "0.02618", "0.99")), null),
                "MRV-DECIMAL-FORMAT");
        assertThat(bad.field()).isEqualTo("lines[0].quantity");
        // 2.6 tC/GJ: carbon content typed as a percentage.
        bad = f.rejected("rep", new DraftReport("R", "E-SC", 2023, "body-A", List.of(boiler("2.618")), null),
                "MRV-FACTOR-BOUNDS");
        assertThat(bad.field()).isEqualTo("lines[0].measuredCarbonContent");
        f.rejected("rep", new DraftReport("R", "E-SC", 2023, "body-A",
                List.of(ActivityLine.electricity("grid", "SC", "-5")), null), "MRV-ACTIVITY-DATA");
        // No grid factor is pinned for 2022 in the standard library.
        f.rejected("rep", new DraftReport("R", "E-SC", 2022, "body-A", List.of(power("SC")), null), "MRV-FACTOR-MISSING");
        f.rejected("rep", new DraftReport("R", "E-SC", 2023, "body-A", List.of(), null), "MRV-FIELD-FORMAT");
        f.rejected("rep", new DraftReport("R", "E-XX", 2023, "body-A", List.of(power("SC")), null), "MRV-ENTITY-KNOWN");
        f.rejected("m1", new DraftReport("R", "E-SC", 2023, "body-A", List.of(power("SC")), null),
                "MRV-ENTITY-REPRESENTATIVE");
        f.ok("rep", new DraftReport("R", "E-SC", 2023, "body-A", List.of(power("SC")), null));
        f.rejected("rep", new DraftReport("R", "E-SC", 2023, "body-A", List.of(power("SC")), null), "MRV-ID-UNIQUE");
    }

    // ---- workflow ----

    @Test
    void a_line_of_an_installation_names_one_registered_for_the_entity() {
        f.ok("reg-sc", new RegisterInstallation("I-SC-1", "E-SC", "Kiln line 1", "clinker kiln", "5,000 t/d"));
        f.ok("reg-cq", new RegisterInstallation("I-CQ-1", "E-CQ", "Kiln line 1", "clinker kiln", "4,000 t/d"));
        String before = f.hash();
        Rejection unknown = f.rejected("rep", new DraftReport("R-I", "E-SC", 2023, "body-A",
                List.of(boiler("0.02618").at("I-NOWHERE")), null), "MRV-INSTALLATION-KNOWN");
        assertThat(unknown.field()).isEqualTo("lines[0].installationId");
        f.rejected("rep", new DraftReport("R-I", "E-SC", 2023, "body-A",
                List.of(boiler("0.02618"), power("SC").at("I-CQ-1")), null), "MRV-INSTALLATION-KNOWN");
        assertThat(f.hash()).isEqualTo(before);

        f.ok("rep", new DraftReport("R-I", "E-SC", 2023, "body-A", List.of(boiler("0.02618").at("I-SC-1")), null));
        assertThat(f.mrv().report("R-I").current().drafted().lines().get(0).installationId()).isEqualTo("I-SC-1");
    }

    @Test
    void an_appeal_is_filed_within_seven_working_days_of_the_results() {
        draftSichuan();
        f.ok("rep", new SubmitReport("R-SC"));
        f.ok("ver", new VerifyReport("R-SC", "body-B", "complete", null));
        // Confirmed Friday 15 March 2024; seven working days later is Tuesday 26 March [MEE19 Art 16, 27].
        assertThat(f.only(ReportConfirmed.class, "reg-sc", new ConfirmReport("R-SC")).confirmedOnEpochDay())
                .isEqualTo(java.time.LocalDate.of(2024, 3, 15).toEpochDay());
        f.at(java.time.LocalDateTime.of(2024, 3, 27, 9, 0));
        f.rejected("rep", new AppealReport("R-SC", "too late"), "MRV-APPEAL-WINDOW");
        f.at(java.time.LocalDateTime.of(2024, 3, 26, 16, 0));
        f.ok("rep", new AppealReport("R-SC", "the kiln meter was recalibrated"));
        assertThat(f.replayedHash()).isEqualTo(f.hash());
    }

    @Test
    void a_report_goes_draft_submitted_verified_confirmed_appealed() {
        draftSichuan();
        assertThat(f.only(ReportSubmitted.class, "rep", new SubmitReport("R-SC")).late()).isFalse();
        f.ok("ver", new VerifyReport("R-SC", "body-B", "complete", null));
        ReportConfirmed confirmed = f.only(ReportConfirmed.class, "reg-sc", new ConfirmReport("R-SC"));
        assertThat(confirmed.totalTonnes()).isEqualTo(18_195);
        f.ok("rep", new AppealReport("R-SC", "the kiln meter was recalibrated"));

        ReportView report = f.mrv().report("R-SC");
        assertThat(report.current().status()).isEqualTo(ReportStatus.APPEALED);
        assertThat(report.current().verifierBodyId()).isEqualTo("body-B");
        assertThat(f.mrv().reports(2023)).extracting(ReportView::reportId).containsExactly("R-SC");
        assertThat(f.mrv().reports(2024)).isEmpty();
    }

    @Test
    void a_report_submitted_after_31_march_is_flagged_late_but_accepted() {
        draftSichuan();
        f.at(LocalDateTime.of(2024, 3, 31, 23, 59));
        assertThat(f.only(ReportSubmitted.class, "rep", new SubmitReport("R-SC")).late()).isFalse();
        f.ok("ver", new ReturnReport("R-SC", "meter records missing"));
        f.at(LocalDateTime.of(2024, 4, 1, 0, 0));
        assertThat(f.only(ReportSubmitted.class, "rep", new SubmitReport("R-SC")).late()).isTrue();
        assertThat(f.mrv().report("R-SC").current().late()).isTrue();
    }

    @Test
    void the_body_that_compiled_a_report_cannot_verify_it() {
        draftSichuan();
        f.ok("rep", new SubmitReport("R-SC"));

        var rejection = f.rejected("ver", new VerifyReport("R-SC", "body-A", "ok", null), "MRV-VERIFIER-INDEPENDENT");
        assertThat(rejection.field()).isEqualTo("bodyId");
        f.ok("ver", new VerifyReport("R-SC", "body-B", "ok", null));
    }

    @Test
    void wrong_transitions_and_wrong_actors_are_refused() {
        draftSichuan();
        f.rejected("ver", new VerifyReport("R-SC", "body-B", "", null), "MRV-REPORT-STATE");
        f.rejected("reg-sc", new ConfirmReport("R-SC"), "MRV-REPORT-STATE");
        f.rejected("rep", new AppealReport("R-SC", "no"), "MRV-REPORT-STATE");
        f.rejected("ver", new ReturnReport("R-SC", "why"), "MRV-REPORT-STATE");
        f.rejected("ver", new SubmitReport("R-SC"), "MRV-ENTITY-REPRESENTATIVE");
        f.ok("rep", new SubmitReport("R-SC"));
        f.rejected("rep", new SubmitReport("R-SC"), "MRV-REPORT-STATE");
        f.rejected("rep", new AmendReport("R-SC", List.of(power("SC")), null), "MRV-REPORT-STATE");
        f.rejected("reg-sc", new VerifyReport("R-SC", "body-B", "", null), "MRV-VERIFIER-ONLY");
        f.ok("ver", new VerifyReport("R-SC", "body-B", "weighbridge tickets sampled", null));
        assertThat(f.mrv().report("R-SC").current().remarks()).isEqualTo("weighbridge tickets sampled");
        f.rejected("ver", new VerifyReport("R-SC", "body-C", "", null), "MRV-REPORT-STATE");
        f.rejected("reg-cq", new ConfirmReport("R-SC"), "MRV-REGULATOR-OF-JURISDICTION");
        f.rejected("m1", new ReturnReport("R-SC", "no"), "MRV-VERIFIER-OR-REGULATOR");
        f.rejected("rep", new SubmitReport("R-XX"), "MRV-REPORT-KNOWN");
        f.ok("reg-sc", new ReturnReport("R-SC", "recheck the coal weighbridge"));
        assertThat(f.mrv().report("R-SC").current().status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(f.mrv().report("R-SC").current().verifierBodyId()).isNull();
        // The entity sees why it was returned, and what the verifier had said, until it submits again.
        assertThat(f.mrv().report("R-SC").current().returnReasons()).isEqualTo("recheck the coal weighbridge");
        assertThat(f.mrv().report("R-SC").current().remarks()).isEqualTo("weighbridge tickets sampled");
    }

    @Test
    void an_amendment_is_a_new_version_and_the_earlier_one_is_kept() {
        draftSichuan();
        f.ok("rep", new SubmitReport("R-SC"));
        f.ok("ver", new VerifyReport("R-SC", "body-B", "", null));
        f.ok("reg-sc", new ConfirmReport("R-SC"));
        f.ok("rep", new AppealReport("R-SC", "carbon was measured"));

        // Variant: 3,000 MWh × 0.1564 = 469.2 t; 17,882.6249448 + 469.2 = 18,351.82 → 18,352.
        ReportDrafted amended = f.only(ReportDrafted.class, "rep", new AmendReport("R-SC",
                List.of(boiler("0.02618"), ActivityLine.electricity("grid", "SC", "3000")), null));
        assertThat(amended.version()).isEqualTo(2);
        assertThat(amended.totalTonnes()).isEqualTo(18_352);
        assertThat(amended.compilerBodyId()).isEqualTo("body-A");

        ReportView report = f.mrv().report("R-SC");
        assertThat(report.versions()).extracting(ReportVersion::version).containsExactly(1, 2);
        assertThat(report.versions().get(0).status()).isEqualTo(ReportStatus.APPEALED);
        assertThat(report.versions().get(0).drafted().totalTonnes()).isEqualTo(18_195);
        assertThat(report.current().status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(f.only(ReportSubmitted.class, "rep", new SubmitReport("R-SC")).version()).isEqualTo(2);
        assertThat(report.versions().get(0).status()).isEqualTo(ReportStatus.APPEALED);
    }

    // ---- replay and snapshots ----

    @Test
    void replay_and_snapshot_restore_give_the_same_state() {
        f.ok("reg-sc", new RegisterInstallation("I-1", "E-SC", "Kiln 1", "cement kiln", "5,000 t/day"));
        draftSichuan();
        f.ok("rep", new SubmitReport("R-SC"));
        f.ok("ver", new VerifyReport("R-SC", "body-B", "fine", null));
        f.ok("rep", new DraftReport("R-CQ", "E-CQ", 2023, "body-C", List.of(boiler(null), power("CQ")), null));
        f.ok("rep", new AmendReport("R-CQ", List.of(power("CQ")), null));

        String hash = f.hash();
        assertThat(f.replayedHash()).isEqualTo(hash);
        Engine restored = StandardEngine.create().restore(f.engine.snapshot());
        assertThat(StateHasher.hex(restored.stateHash())).isEqualTo(hash);
        Mrv mrv = restored.context(Mrv.class);
        assertThat(mrv.report("R-CQ")).isEqualTo(f.mrv().report("R-CQ"));
        assertThat(mrv.report("R-SC")).isEqualTo(f.mrv().report("R-SC"));
        assertThat(mrv.entities()).isEqualTo(f.mrv().entities());
    }

    @Test
    void the_state_hash_changes_with_the_workflow() {
        draftSichuan();
        String drafted = f.hash();
        f.ok("rep", new SubmitReport("R-SC"));
        assertThat(f.hash()).isNotEqualTo(drafted);
    }

    private void draftSichuan() {
        f.ok("rep", new DraftReport("R-SC", "E-SC", 2023, "body-A",
                List.of(boiler("0.02618"), power(FactorLibrary.GRID_SICHUAN)), null));
    }
}
