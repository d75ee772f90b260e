package org.openets.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openets.clearing.DepositFunds;
import org.openets.core.Command;
import org.openets.core.MarketTime;
import org.openets.exchange.ConfirmBlockTrade;
import org.openets.exchange.ListInstrument;
import org.openets.exchange.MoveUnitsToTrading;
import org.openets.exchange.ProposeBlockTrade;
import org.openets.exchange.RegisterTradingAccount;
import org.openets.exchange.Side;
import org.openets.mrv.ActivityLine;
import org.openets.mrv.DraftReport;
import org.openets.mrv.RegisterEntity;
import org.openets.mrv.RegisterInstallation;
import org.openets.mrv.Sector;
import org.openets.mrv.SubmitReport;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.registry.ProposeTrustedAccount;
import org.openets.rulebook.AmendRule;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.SetCalendarDay;

/**
 * The read routes of the rulebook, trusted lists, unit codes, MRV reports and factors, carry-over and block
 * trades on a real node populated over HTTP, with a clock the test moves through Monday 30 November 2026: each
 * answers from the engine or the read model, pages and filters its lists, and names the parameter and rule of
 * every bad input (400) or unknown id (404) in a problem document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadRoutesTest {

    private static final String SYMBOL = "SCEA-2025";
    private static final long FUNDS = 1_000_000_000L;
    private static final long UNITS = 100_000;
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private final AtomicLong clock = new AtomicLong(MarketTime.epochMillis(MONDAY.atTime(8, 0)));
    private Node node;
    private ApiClient api;
    private int keys;

    @BeforeAll
    void populateANode(@TempDir Path dir) throws Exception {
        node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000), clock::get, p -> { });
        api = new ApiClient(node, Duration.ofSeconds(10));
        ok("system", new RegisterActor("reg-cy", Role.REGULATOR, "CY"));
        ok("system", new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        ok("system", new RegisterActor("m1", Role.MEMBER, "CY"));
        ok("system", new RegisterActor("m2", Role.MEMBER, "CY"));
        ok("system", new RegisterActor("alice", Role.REPRESENTATIVE, "SC"));
        ok("system", new ListInstrument(SYMBOL, SYMBOL, 6_236, 1, 0));
        trader("A", "holder-A", "m1");
        trader("C", "holder-C", "m2");
        ok("alice", new ProposeTrustedAccount("A", "C"));
        ok("reg-cy", new AmendRule("REG-TAL-DELAY-WORKING-DAYS", 5, LocalDate.of(2027, 1, 1), "EUREG", "Art 23(4)"));
        ok("reg-cy", new SetCalendarDay(LocalDate.of(2026, 12, 31), false, "year-end registry closure"));

        ok("system", new OpenAccount("HA-SC", AccountType.ENTITY_HOLDING, "SC", "E-SC", "Sichuan Cement"));
        ok("system", new AddRepresentative("HA-SC", "alice"));
        ok("reg-sc", new RegisterEntity("E-SC", "Sichuan Cement", "91350100M000100Y43", "SC", Sector.CEMENT,
                "HA-SC"));
        ok("reg-sc", new RegisterInstallation("I-KILN", "E-SC", "Kiln line 1", "KILN", "5000 t/d"));
        ok("alice", new DraftReport("R-1", "E-SC", 2025, "body-A", List.of(
                ActivityLine.combustion("boiler", "COAL", "9000", "20.908", "0.02618", "0.99"),
                ActivityLine.electricity("grid", "SC", "2000")), null));
        ok("alice", new SubmitReport("R-1"));
        ok("alice", new DraftReport("R-2", "E-SC", 2025, "body-A", List.of(
                ActivityLine.electricity("grid", "SC", "1000")), null));
    }

    @AfterAll
    void stopTheNode() throws IOException {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void the_rulebook_gives_its_version_jurisdictions_and_each_rule_on_a_date_with_its_history() throws Exception {
        JsonNode rulebook = ok("/api/v1/rulebook").body();
        assertThat(rulebook.get("version").asLong()).isPositive();
        assertThat(rulebook.get("unifiedAuthority").asText()).isEqualTo("CY");
        assertThat(codes(rulebook.get("jurisdictions"), "code")).contains("CQ", "CY", "SC");

        JsonNode jurisdictions = ok("/api/v1/jurisdictions?limit=2").body();
        assertThat(jurisdictions.get("total").asInt()).isEqualTo(rulebook.get("jurisdictions").size());
        assertThat(jurisdictions.get("items")).hasSize(2);

        JsonNode rule = ok("/api/v1/rules/REG-TAL-DELAY-WORKING-DAYS").body();
        assertThat(rule.get("value").asLong()).isEqualTo(4);
        assertThat(rule.get("document").asText()).isEqualTo("EUREG");
        assertThat(rule.get("article").asText()).isEqualTo("Art 23(4)");
        assertThat(rule.get("versions")).hasSize(2);
        assertThat(rule.get("versions").get(1).get("effectiveFrom").asText()).isEqualTo("2027-01-01");
        assertThat(ok("/api/v1/rules/REG-TAL-DELAY-WORKING-DAYS?asOf=2027-01-01").body().get("value").asLong())
                .isEqualTo(5);

        JsonNode later = ok("/api/v1/rules?asOf=2027-02-01&limit=1000").body();
        assertThat(later.get("asOf").asText()).isEqualTo("2027-02-01");
        assertThat(valueOf(later.get("items"), "REG-TAL-DELAY-WORKING-DAYS")).isEqualTo(5);
        assertThat(valueOf(ok("/api/v1/rules?limit=1000").body().get("items"), "REG-TAL-DELAY-WORKING-DAYS"))
                .isEqualTo(4);
        JsonNode sichuan = ok("/api/v1/rules?jurisdiction=SC").body().get("items");
        assertThat(sichuan).isNotEmpty().allSatisfy(r -> assertThat(r.get("jurisdiction").asText()).isEqualTo("SC"));
    }

    @Test
    void the_calendar_lists_holidays_make_up_days_and_the_days_a_regulator_set() throws Exception {
        JsonNode days = ok("/api/v1/calendar?year=2026&limit=1000").body();
        assertThat(days.get("year").asInt()).isEqualTo(2026);
        JsonNode items = days.get("items");
        assertThat(dayOf(items, "2026-10-01").get("working").asBoolean()).isFalse();
        assertThat(dayOf(items, "2026-10-10").get("working").asBoolean()).isTrue();
        JsonNode closure = dayOf(items, "2026-12-31");
        assertThat(closure.get("source").asText()).isEqualTo("REGULATOR");
        assertThat(closure.get("setBy").asText()).isEqualTo("reg-cy");
        assertThat(closure.get("reason").asText()).isEqualTo("year-end registry closure");
        assertThat(codes(items, "date")).doesNotContain("2026-11-30", "2026-11-28");
    }

    @Test
    void an_accounts_trusted_list_and_the_issued_unit_codes() throws Exception {
        JsonNode trusted = ok("/api/v1/accounts/A/trusted").body();
        assertThat(trusted.get("total").asInt()).isEqualTo(1);
        assertThat(trusted.get("items").get(0).get("trustedAccountId").asText()).isEqualTo("C");
        assertThat(trusted.get("items").get(0).get("state").asText()).isEqualTo("PROPOSED");
        assertThat(ok("/api/v1/accounts/A/trusted?state=active").body().get("total").asInt()).isZero();
        assertThat(ok("/api/v1/accounts/C/trusted").body().get("total").asInt()).isZero();

        JsonNode units = ok("/api/v1/units?jurisdiction=SC&vintage=2025").body();
        assertThat(units.get("items")).hasSize(1);
        JsonNode unit = units.get("items").get(0);
        assertThat(unit.get("unit").asText()).isEqualTo(SYMBOL);
        assertThat(unit.get("kind").asText()).isEqualTo("ALLOWANCE");
        assertThat(unit.get("issued").asLong()).isEqualTo(2 * UNITS);
        assertThat(ok("/api/v1/units?vintage=2024").body().get("total").asInt()).isZero();
    }

    @Test
    void reports_show_every_status_and_one_report_every_version_with_its_lines() throws Exception {
        JsonNode installations = ok("/api/v1/entities/E-SC/installations").body();
        assertThat(installations.get("items").get(0).get("installationId").asText()).isEqualTo("I-KILN");

        JsonNode reports = ok("/api/v1/reports?year=2025").body();
        assertThat(codes(reports.get("items"), "reportId")).containsExactlyInAnyOrder("R-1", "R-2");
        JsonNode submitted = ok("/api/v1/reports?year=2025&status=submitted&entityId=E-SC").body().get("items");
        assertThat(codes(submitted, "reportId")).containsExactly("R-1");
        // DOMAIN §6 worked example: 18,195 t.
        assertThat(submitted.get(0).get("totalTonnes").asLong()).isEqualTo(18_195);
        assertThat(ok("/api/v1/reports?year=2024").body().get("total").asInt()).isZero();

        JsonNode report = ok("/api/v1/reports/R-1").body();
        assertThat(report.get("entityId").asText()).isEqualTo("E-SC");
        assertThat(report.get("versions")).hasSize(1);
        JsonNode drafted = report.get("versions").get(0).get("drafted");
        assertThat(drafted.get("lines")).hasSize(2);
        assertThat(drafted.get("totalTonnes").asLong()).isEqualTo(18_195);
        assertThat(report.get("current").get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void the_factor_library_filters_by_report_year_kind_and_key() throws Exception {
        JsonNode all = ok("/api/v1/emission-factors?limit=1000").body();
        JsonNode sichuan2025 = ok("/api/v1/emission-factors?year=2025&kind=grid_electricity&key=SC").body();
        assertThat(sichuan2025.get("items")).hasSize(1);
        JsonNode factor = sichuan2025.get("items").get(0);
        assertThat(factor.get("unit").asText()).isEqualTo("tCO2/MWh");
        assertThat(factor.get("value").asText()).matches("0\\.\\d+");
        assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(
                ok("/api/v1/emission-factors?year=2025&limit=1000").body().get("total").asInt());
    }

    @Test
    void an_entity_without_a_carry_over_shows_none() throws Exception {
        JsonNode carryOver = ok("/api/v1/entities/E-SC/carry-over").body();
        assertThat(carryOver.get("approval").isNull()).isTrue();
        assertThat(carryOver.get("remainingTonnes").asLong()).isZero();
    }

    @Test
    void block_proposals_are_live_and_done_block_trades_appear_once_the_day_closed() throws Exception {
        at(MONDAY.atTime(13, 30));
        ok("m1", new ProposeBlockTrade("blk1", "A", "C", SYMBOL, Side.BUY, 7_000, 100_000));
        ok("m2", new ConfirmBlockTrade("blk1"));
        ok("m1", new ProposeBlockTrade("blk2", "A", "C", SYMBOL, Side.SELL, 7_100, 100_000));

        JsonNode proposals = ok("/api/v1/block-trades/proposals?accountId=C").body();
        assertThat(codes(proposals.get("items"), "blockId")).containsExactly("blk2");
        assertThat(proposals.get("items").get(0).get("priceFen").asLong()).isEqualTo(7_100);
        assertThat(proposals.get("items").get(0).get("priceCny").asText()).isEqualTo("71.00");
        assertThat(ok("/api/v1/block-trades/proposals?accountId=B").body().get("total").asInt()).isZero();
        caughtUp();
        assertThat(ok("/api/v1/block-trades").body().get("items")).isEmpty();

        at(MONDAY.atTime(15, 0));
        dayClosedInTheReadModel();
        JsonNode done = ok("/api/v1/block-trades?symbol=" + SYMBOL + "&from=2026-11-30&to=2026-12-01").body();
        assertThat(done.get("items")).hasSize(1);
        JsonNode trade = done.get("items").get(0);
        assertThat(trade.get("kind").asText()).isEqualTo("BLOCK");
        assertThat(trade.get("buyAccount").asText()).isEqualTo("A");
        assertThat(trade.get("quantity").asLong()).isEqualTo(100_000);
        assertThat(ok("/api/v1/block-trades?from=2026-12-01").body().get("items")).isEmpty();
        // Unconfirmed proposals expire at the close.
        assertThat(ok("/api/v1/block-trades/proposals").body().get("total").asInt()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/v1/jurisdictions?offset=-1 | 400 | offset | API-PAGE-BOUNDS",
        "/api/v1/rules?asOf=2026-02-30 | 400 | asOf | API-DATE-FORMAT",
        "/api/v1/rules?asOf=1999-12-31 | 400 | asOf | API-DATE-FORMAT",
        "/api/v1/rules?jurisdiction=sichuan | 400 | jurisdiction | API-JURISDICTION",
        "/api/v1/rules/REG-TAL-DELAY-WORKING-DAYS?asOf=tomorrow | 400 | asOf | API-DATE-FORMAT",
        "/api/v1/rules/NOPE | 404 | ruleId | API-RESOURCE-EXISTS",
        "/api/v1/calendar | 400 | year | API-YEAR",
        "/api/v1/calendar?year=99999 | 400 | year | API-YEAR",
        "/api/v1/accounts/A/trusted?state=TRUSTED | 400 | state | API-TRUSTED-STATE",
        "/api/v1/accounts/NOPE/trusted | 404 | id | API-RESOURCE-EXISTS",
        "/api/v1/units?vintage=1999 | 400 | vintage | API-YEAR",
        "/api/v1/units?jurisdiction=S1 | 400 | jurisdiction | API-JURISDICTION",
        "/api/v1/entities/E-SC/installations?limit=1001 | 400 | limit | API-PAGE-BOUNDS",
        "/api/v1/entities/NOPE/installations | 404 | entityId | API-RESOURCE-EXISTS",
        "/api/v1/reports?year=2025&status=LOST | 400 | status | API-REPORT-STATUS",
        "/api/v1/reports?entityId=E-SC | 400 | year | API-YEAR",
        "/api/v1/reports/NOPE | 404 | reportId | API-RESOURCE-EXISTS",
        "/api/v1/emission-factors?kind=GAS | 400 | kind | API-FACTOR-KIND",
        "/api/v1/emission-factors?year=-5 | 400 | year | API-YEAR",
        "/api/v1/entities/NOPE/carry-over | 404 | entityId | API-RESOURCE-EXISTS",
        "/api/v1/block-trades?from=noon | 400 | from | API-TIME-FORMAT",
        "/api/v1/block-trades?from=2026-12-02&to=2026-12-01 | 400 | to | API-TIME-RANGE",
        "/api/v1/block-trades/proposals?limit=many | 400 | limit | API-PAGE-BOUNDS"})
    void a_bad_parameter_or_unknown_id_is_a_problem_naming_it(String path, int status, String field, String rule)
            throws Exception {
        ApiClient.Reply reply = api.get(path);

        assertThat(reply.status()).as("%s: %s", path, reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(Problem.CONTENT_TYPE);
        assertThat(reply.text("field")).isEqualTo(field);
        assertThat(reply.text("rule")).isEqualTo(rule);
    }

    @Test
    void an_overlong_id_in_a_path_is_refused_naming_it() throws Exception {
        String longId = "X".repeat(101);
        for (String[] path : new String[][] {{"/api/v1/rules/" + longId, "ruleId"},
                {"/api/v1/accounts/" + longId + "/trusted", "id"},
                {"/api/v1/entities/" + longId + "/installations", "entityId"},
                {"/api/v1/reports/" + longId, "reportId"},
                {"/api/v1/entities/" + longId + "/carry-over", "entityId"}}) {
            ApiClient.Reply reply = api.get(path[0]);
            assertThat(reply.status()).as(path[0]).isEqualTo(400);
            assertThat(reply.text("field")).isEqualTo(path[1]);
            assertThat(reply.text("rule")).isEqualTo("API-ID");
        }
    }

    private void trader(String account, String holder, String member) throws Exception {
        ok("system", new OpenAccount(account, AccountType.CLIENT, "SC", holder, "Holder " + holder));
        ok("system", new AddRepresentative(account, "alice"));
        ok("system", new RegisterTradingAccount(account, member));
        ok("system", new DepositFunds(account, FUNDS, "bank-" + account));
        ok("reg-sc", new IssueUnits(account, SYMBOL, UNITS));
        ok("alice", new MoveUnitsToTrading(account, SYMBOL, UNITS));
    }

    /** Moves the clock and lets the engine run what fell due (session changes, the close). */
    private void at(LocalDateTime chinaTime) throws Exception {
        clock.set(MarketTime.epochMillis(chinaTime));
        node.runner().tickIfDue();
        node.runner().query(engine -> engine.lastSequence()).get(10, TimeUnit.SECONDS);
    }

    private void caughtUp() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (node.follower().lag() > 0 && System.nanoTime() < deadline) {
            node.follower().wakeUp();
            Thread.sleep(20);
        }
        assertThat(node.follower().lag()).isZero();
    }

    /** The close's events are written after the tick is answered: waits for the day's statistics to be read. */
    private void dayClosedInTheReadModel() throws Exception {
        String stats = "/api/v1/instruments/" + SYMBOL + "/stats";
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (ok(stats).body().get("history").get("items").isEmpty() && System.nanoTime() < deadline) {
            node.follower().wakeUp();
            Thread.sleep(20);
        }
        assertThat(ok(stats).body().get("history").get("items")).hasSize(1);
    }

    private void ok(String actor, Command command) throws Exception {
        ApiClient.Reply reply = api.submit("read-" + (++keys), actor, command);
        assertThat(reply.status()).as("%s: %s", command, reply.body()).isEqualTo(200);
    }

    private ApiClient.Reply ok(String path) throws Exception {
        ApiClient.Reply reply = api.get(path);
        assertThat(reply.status()).as("%s: %s", path, reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        return reply;
    }

    private static List<String> codes(JsonNode items, String field) {
        List<String> codes = new ArrayList<>();
        items.forEach(item -> codes.add(item.get(field).asText()));
        return codes;
    }

    private static long valueOf(JsonNode rules, String id) {
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals(id)) {
                return rule.get("value").asLong();
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static JsonNode dayOf(JsonNode days, String date) {
        for (JsonNode day : days) {
            if (day.get("date").asText().equals(date)) {
                return day;
            }
        }
        throw new AssertionError("no exception on " + date);
    }
}
