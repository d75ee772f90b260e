package org.openets.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.core.Position;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.mrv.ActivityLine;
import org.openets.mrv.AmendReport;
import org.openets.mrv.ConfirmReport;
import org.openets.mrv.DraftReport;
import org.openets.mrv.RegisterEntity;
import org.openets.mrv.ReportOutput;
import org.openets.mrv.Sector;
import org.openets.mrv.SubmitReport;
import org.openets.mrv.VerifyReport;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.OpenAccount;
import org.openets.registry.Registry;
import org.openets.rulebook.AmendRule;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * An engine for allocation: regulators {@code reg-sc}, {@code reg-cq} and the unified authority {@code reg-cy},
 * representative {@code rep} of every entity's holding account, verifier {@code ver}; Sichuan's government accounts
 * {@code GOV-SC} (issuance), {@code AUC-SC} (auction) and {@code RES-SC} (reserve), and Chongqing's {@code GOV-CQ},
 * {@code AUC-CQ}, {@code RES-CQ}. Entities are added with {@link #entity} (holding account {@code HA-<id>}), and
 * confirmed reports with {@link #confirm} through the real MRV workflow, each report a single process line whose
 * tonnes are exactly the emissions given. The clock stands on Monday 2025-03-03 10:00 CST. Accepted envelopes are
 * kept for replay.
 */
final class AllocationFixture {

    final Engine engine = StandardEngine.create();
    final List<Long> times = new ArrayList<>();
    final List<Envelope> accepted = new ArrayList<>();
    final List<String> holdingAccounts = new ArrayList<>(List.of("GOV-SC", "AUC-SC", "RES-SC"));
    private long now;
    private int keys;
    private int entities;

    static AllocationFixture sichuan() {
        AllocationFixture f = new AllocationFixture();
        f.at(LocalDateTime.of(2025, 3, 3, 10, 0));
        String system = Rulebook.SYSTEM_ACTOR;
        f.ok(system, new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        f.ok(system, new RegisterActor("reg-cq", Role.REGULATOR, "CQ"));
        f.ok(system, new RegisterActor("reg-cy", Role.REGULATOR, "CY"));
        f.ok(system, new RegisterActor("rep", Role.REPRESENTATIVE, "SC"));
        f.ok(system, new RegisterActor("ver", Role.VERIFIER, "SC"));
        for (String j : List.of("SC", "CQ")) {
            f.account("GOV-" + j, AccountType.GOVERNMENT_ISSUANCE, j);
            f.account("AUC-" + j, AccountType.AUCTION, j);
            f.account("RES-" + j, AccountType.RESERVE, j);
        }
        return f;
    }

    void account(String accountId, AccountType type, String jurisdiction) {
        ok(Rulebook.SYSTEM_ACTOR, new OpenAccount(accountId, type, jurisdiction, "gov-" + jurisdiction,
                "Government of " + jurisdiction));
    }

    /** Registers an entity with its holding account {@code HA-<id>}, represented by {@code rep}. */
    void entity(String entityId, String jurisdiction, Sector sector) {
        String account = "HA-" + entityId;
        ok(Rulebook.SYSTEM_ACTOR, new OpenAccount(account, AccountType.ENTITY_HOLDING, jurisdiction,
                "holder-" + entityId, "Holder of " + entityId));
        ok(Rulebook.SYSTEM_ACTOR, new AddRepresentative(account, "rep"));
        ok("reg-" + jurisdiction.toLowerCase(), new RegisterEntity(entityId, "Entity " + entityId,
                creditCode(++entities), jurisdiction, sector, account));
        holdingAccounts.add(account);
    }

    /** Drafts, submits, verifies and confirms the entity's report of {@code year}: exactly {@code tonnes}. */
    String confirm(String entityId, String jurisdiction, int year, long tonnes, String output) {
        String reportId = "R-" + entityId + "-" + year;
        ok("rep", new DraftReport(reportId, entityId, year, "CB-1", lines(tonnes), output(output)));
        reconfirm(reportId, jurisdiction);
        return reportId;
    }

    /** Amends a confirmed report to {@code tonnes} and {@code output}, and has it verified and confirmed again. */
    void amendAndReconfirm(String reportId, String jurisdiction, long tonnes, String output) {
        ok("rep", new AmendReport(reportId, lines(tonnes), output(output)));
        reconfirm(reportId, jurisdiction);
    }

    private void reconfirm(String reportId, String jurisdiction) {
        ok("rep", new SubmitReport(reportId));
        ok("ver", new VerifyReport(reportId, "VB-1", "verified", "flags checked against the source records"));
        ok("reg-" + jurisdiction.toLowerCase(), new ConfirmReport(reportId));
    }

    private static List<ActivityLine> lines(long tonnes) {
        return List.of(ActivityLine.process("kiln", "CLINKER", Long.toString(tonnes), "1"));
    }

    private static ReportOutput output(String quantity) {
        return quantity == null ? null : new ReportOutput(quantity, "t");
    }

    /** Amends a rule parameter from today, as the unified-market authority. */
    void amend(String ruleId, long value) {
        amend(ruleId, value, MarketTime.localDate(now));
    }

    void amend(String ruleId, long value, LocalDate from) {
        ok("reg-cy", new AmendRule(ruleId, value, from, "test", "test"));
    }

    void at(LocalDateTime chinaTime) {
        now = MarketTime.epochMillis(chinaTime);
    }

    Outcome apply(String actor, Command command) {
        Envelope envelope = new Envelope("key-" + (++keys), actor, "test", command);
        Outcome outcome = engine.apply(now, envelope);
        if (outcome instanceof Outcome.Accepted) {
            accepted.add(envelope);
            times.add(now);
        }
        return outcome;
    }

    List<Event> ok(String actor, Command command) {
        Outcome outcome = apply(actor, command);
        assertThat(outcome).as("%s by %s: %s", command, actor, outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).events();
    }

    <E extends Event> List<E> events(Class<E> type, String actor, Command command) {
        return ok(actor, command).stream().filter(type::isInstance).map(type::cast).toList();
    }

    <E extends Event> E only(Class<E> type, String actor, Command command) {
        List<E> events = events(type, actor, command);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /** Asserts the command is rejected naming {@code ruleId}, and that the state hash did not change. */
    Rejection rejected(String actor, Command command, String ruleId) {
        String before = hash();
        Outcome outcome = apply(actor, command);
        assertThat(outcome).as("%s by %s", command, actor).isInstanceOf(Outcome.Rejected.class);
        Rejection rejection = ((Outcome.Rejected) outcome).rejection();
        assertThat(rejection.rule()).as(rejection.message()).isEqualTo(ruleId);
        assertThat(hash()).as("state after a rejection").isEqualTo(before);
        return rejection;
    }

    Allocation allocation() {
        return engine.context(Allocation.class);
    }

    long balance(String accountId, String unit) {
        return balance(accountId, unit, Position.AVAILABLE);
    }

    long balance(String accountId, String unit, Position position) {
        return engine.context(Registry.class).settlement().balance(accountId, unit, position);
    }

    /** Every tonne of {@code unit} in every account the fixture opened, in every position. */
    long totalHeld(String unit) {
        long total = 0;
        for (String account : holdingAccounts) {
            for (Position p : Position.values()) {
                total += balance(account, unit, p);
            }
        }
        return total;
    }

    String hash() {
        return StateHasher.hex(engine.stateHash());
    }

    String replayedHash() {
        Engine fresh = StandardEngine.create();
        for (int i = 0; i < accepted.size(); i++) {
            assertThat(fresh.apply(times.get(i), accepted.get(i))).isInstanceOf(Outcome.Accepted.class);
        }
        return StateHasher.hex(fresh.stateHash());
    }

    String restoredHash() {
        return StateHasher.hex(StandardEngine.create().restore(engine.snapshot()).stateHash());
    }

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** A valid unified social credit code (GB 32100-2015) for the n-th entity. */
    static String creditCode(int n) {
        String organisation = String.format("%08d", 10_000_000 + n);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(organisation.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        String first17 = "91510100" + organisation + (check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
        int total = 0;
        for (int i = 0; i < 17; i++) {
            total += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + CHARSET.charAt((31 - total % 31) % 31);
    }
}
