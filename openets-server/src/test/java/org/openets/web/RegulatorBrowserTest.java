package org.openets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.mrv.DraftReport;
import org.openets.mrv.Mrv;
import org.openets.mrv.ReportDrafted;
import org.openets.mrv.ReportStatus;
import org.openets.mrv.SubmitReport;
import org.openets.mrv.VerifyReport;
import org.openets.rulebook.AmendRule;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The report path in a real browser on the demo market: an entity's representative submits its report (through
 * the engine, as the entity screen is another page), the verifier verifies it on the verifier screen, the
 * entity's regulator confirms it in the console; the console also shows a close refused before the deadline, a
 * rule's versions, and nothing to act on for an auditor.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegulatorBrowserTest {

    /** A Sichuan entity of the demo: its report goes the whole way in the browser. */
    static final String WALKED = "R-2025-SC-E007";
    /** Another one, verified through the engine and left for the regulator. */
    static final String LEFT_VERIFIED = "R-2025-SC-E008";
    static final String RULE = "ALC-AUCTION-FLOOR-PRICE-FEN-SC";

    WebFixture web;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        web = new WebFixture(dir);
        submitted(WALKED, "SC-E007");
        submitted(LEFT_VERIFIED, "SC-E008");
        run("vb-bayu", new VerifyReport(LEFT_VERIFIED, "VB-BAYU", "Checked against the meter readings.", null));
        run("reg-sc", new AmendRule(RULE, 3_000, MarketTime.localDate(web.clock.get()).plusDays(1),
                "Sichuan auction notice", "Art 4"));
    }

    @AfterAll
    void stop() throws Exception {
        web.close();
    }

    /** Drafts this year's report as the entity's representative, from the lines it confirmed for last year. */
    private void submitted(String reportId, String entityId) throws Exception {
        ReportDrafted last = web.node.runner().query(e -> e.context(Mrv.class).report("R-2024-" + entityId)
                .current().drafted()).get();
        String representative = entityId + "-rep1";
        run(representative, new DraftReport(reportId, entityId, 2025, last.compilerBodyId(), last.lines(),
                last.output()));
        run(representative, new SubmitReport(reportId));
    }

    private void run(String actor, Command command) throws Exception {
        Outcome outcome = web.node.runner().submit(new Envelope(UUID.randomUUID().toString(), actor, "test", command))
                .get();
        assertThat(outcome).as(command.toString()).isInstanceOf(Outcome.Accepted.class);
    }

    private ReportStatus status(String reportId) throws Exception {
        return web.node.runner().query(e -> e.context(Mrv.class).report(reportId).current().status()).get();
    }

    /** Waits across re-renders: a table redrawn under the wait leaves stale rows behind. */
    private org.openqa.selenium.support.ui.WebDriverWait waiting() {
        return (org.openqa.selenium.support.ui.WebDriverWait) web.browser.waiting(Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class);
    }

    private WebElement reportRow(String table, String reportId) {
        return web.browser.driver.findElement(By.cssSelector("#" + table + " tr[data-report='" + reportId + "']"));
    }

    private void awaitText(String id, String fragment) {
        try {
            waiting().until(d -> d.findElement(By.id(id)).getText()
                    .contains(fragment));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(web.browser.driver.findElement(By.id(id)).getText()).contains(fragment);
        }
    }

    @Test
    @Order(1)
    void theVerifierSeesTheLinesAndVerifiesTheSubmittedReport() throws Exception {
        web.signIn("verifier");
        assertThat(web.browser.driver.getCurrentUrl()).endsWith("/verifier.html");
        reportRow("queue", WALKED).findElement(By.tagName("button")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#lines tbody tr"))
                .size() == 2);
        assertThat(web.browser.driver.findElement(By.id("lines")).getText()).contains("COAL", "SC-E007-I1");
        assertThat(web.browser.driver.findElement(By.id("bodyId")).getAttribute("value")).isEqualTo("VB-BAYU");
        web.browser.driver.findElement(By.id("remarks")).sendKeys("Meter readings and fuel invoices traced.");
        web.browser.driver.findElement(By.id("explanation")).sendKeys("Output unchanged from last year.");
        web.browser.screenshot("verifier");
        web.browser.driver.findElement(By.cssSelector("#verify button[type=submit]")).click();
        waiting().until(d -> d.findElements(
                By.cssSelector("#queue tr[data-report='" + WALKED + "']")).isEmpty());
        assertThat(web.browser.driver.findElement(By.id("message")).getAttribute("class")).contains("ok");
        assertThat(status(WALKED)).isEqualTo(ReportStatus.VERIFIED);
    }

    @Test
    @Order(2)
    void theRegulatorConfirmsItIsRefusedACloseBeforeTheDeadlineAndReadsARulesVersions() throws Exception {
        web.signIn("sc.regulator");
        assertThat(web.browser.driver.getCurrentUrl()).endsWith("/regulator.html");
        web.browser.driver.executeScript("localStorage.setItem('openets.lang', 'zh-CN')");
        web.open("/regulator.html");
        // Only Sichuan's entities: the console is scoped to the regulator's jurisdiction.
        List<WebElement> entities = web.browser.driver.findElements(By.cssSelector("#entities tbody tr"));
        assertThat(entities).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).startsWith("SC-"));
        assertThat(web.browser.driver.findElements(By.cssSelector("#allocation-years tbody tr"))).hasSize(1);

        reportRow("reports", WALKED).findElement(By.cssSelector("button.confirm")).click();
        waiting().until(d -> "CONFIRMED".equals(
                reportRow("reports", WALKED).getAttribute("data-status")));
        assertThat(status(WALKED)).isEqualTo(ReportStatus.CONFIRMED);
        assertThat(reportRow("reports", WALKED).findElements(By.tagName("button"))).isEmpty();
        assertThat(reportRow("reports", LEFT_VERIFIED).findElements(By.tagName("button"))).hasSize(2);

        // Compliance year 2024 closes only after 31 Dec 2025; the console shows the engine's refusal and rule.
        web.browser.driver.findElement(By.cssSelector("#compliance tr[data-jurisdiction='SC'] button.close")).click();
        awaitText("compliance-message", "CMP-");
        assertThat(web.browser.driver.findElement(By.id("compliance-message")).getAttribute("class"))
                .contains("error");

        web.browser.driver.findElement(By.cssSelector("#rules tr[data-rule='" + RULE + "'] button")).click();
        waiting().until(d -> d.findElements(
                By.cssSelector("#rule-versions tbody tr")).size() == 2);
        assertThat(web.browser.driver.findElement(By.id("rule-versions")).getText()).contains("Sichuan auction notice");
        assertThat(reportRow("reports", WALKED).getText()).contains("已确认");
        web.browser.driver.executeScript("window.scrollTo(0, 0)");
        web.browser.screenshot("regulator");

        web.browser.driver.findElement(By.id("lang")).click();
        awaitText("reports", "Confirmed");
        assertThat(web.browser.driver.findElement(By.id("rules-title")).getText()).isEqualTo("Rulebook");
        assertThat(web.browser.driver.findElement(By.id("rule-versions")).getText()).contains("Effective from");
        web.browser.driver.executeScript("window.scrollTo(0, 0)");
        web.browser.screenshot("regulator-en");
    }

    @Test
    @Order(3)
    void theRegulatorAnnouncesAndCancelsAnAuctionAmendsARuleAndIsRefusedAFineBeforeTheClose() throws Exception {
        web.signIn("sc.regulator");
        web.browser.driver.executeScript("localStorage.setItem('openets.lang', 'en')");
        web.open("/regulator.html");
        // The demo auctions from SC's auction account in the unit of the year, as the console offers by default.
        String unit = "SCEA-" + MarketTime.localDate(web.clock.get()).getYear();
        // The smallest supply whose bidder cap is still a whole lot (AUC-BIDDER-CAP-BPS).
        long lot = web.node.runner().query(e -> e.context(org.openets.rulebook.Rulebook.class)
                .valueAt(org.openets.rulebook.Rule.AUC_LOT_TONNES, web.clock.get())).get();
        long capBps = web.node.runner().query(e -> e.context(org.openets.rulebook.Rulebook.class)
                .valueAt(org.openets.rulebook.Rule.AUC_BIDDER_CAP_BPS, web.clock.get())).get();
        long volume = (10_000 + capBps - 1) / capBps * lot;
        assertThat(field("an-unit").getAttribute("value")).isEqualTo(unit);
        assertThat(field("an-account").getAttribute("value")).isEqualTo("SC-AUCTION");
        field("an-auctionId").sendKeys("AUC-SC-CONSOLE-1");
        field("an-volume").sendKeys(String.valueOf(volume));
        field("an-reserve").sendKeys("38.05");
        web.browser.driver.findElement(By.cssSelector("#announce button[type=submit]")).click();
        waiting().until(d -> !d.findElement(By.id("auction-message")).getText().isEmpty());
        assertThat(field("auction-message").getAttribute("class")).as(field("auction-message").getText()).contains("ok");
        waiting().until(d -> !d.findElements(By.cssSelector("#auctions tr[data-auction='AUC-SC-CONSOLE-1']")).isEmpty());
        org.openets.auction.AuctionView announced = web.node.runner().query(e -> e.context(
                org.openets.auction.Auctions.class).auction("AUC-SC-CONSOLE-1")).get();
        assertThat(announced.reservePriceFen()).isEqualTo(3_805);
        assertThat(announced.volumeTonnes()).isEqualTo(volume);
        assertThat(announced.windowClosesAtMillis()).isEqualTo(MarketTime.epochMillis(
                MarketTime.localDate(web.clock.get()).atTime(15, 0)));
        WebElement auction = auctionRow("AUC-SC-CONSOLE-1");
        assertThat(auction.getText()).contains("38.05", "Open");

        // Its window is still open: the close is refused with its rule; then the regulator cancels it.
        auction.findElement(By.cssSelector("button.close")).click();
        awaitText("auction-message", "AUC-");
        assertThat(field("auction-message").getAttribute("class")).contains("error");
        auctionRow("AUC-SC-CONSOLE-1").findElement(By.cssSelector("input.reason")).sendKeys("Notice withdrawn");
        auctionRow("AUC-SC-CONSOLE-1").findElement(By.cssSelector("button.cancel")).click();
        waiting().until(d -> "CANCELLED".equals(auctionRow("AUC-SC-CONSOLE-1").getAttribute("data-status")));

        web.browser.driver.findElement(By.cssSelector("#rules tr[data-rule='" + RULE + "'] button")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#rule-versions tbody tr")).size() == 2);
        field("am-value").sendKeys("3200");
        web.browser.driver.executeScript("arguments[0].value = arguments[1]", field("am-from"),
                MarketTime.localDate(web.clock.get()).plusDays(2).toString());
        field("am-document").sendKeys("Sichuan auction notice No. 2");
        field("am-article").sendKeys("Art 5");
        web.browser.driver.findElement(By.cssSelector("#amend-rule button[type=submit]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#rule-versions tbody tr")).size() == 3);
        assertThat(field("rule-versions").getText()).contains("3200", "Sichuan auction notice No. 2 · Art 5");

        // Compliance year 2024 is not closed yet, so its shortfall cannot be fined: the refusal names the rule.
        field("sf-entity").sendKeys("SC-E007");
        field("sf-multiple").sendKeys("5");
        assertThat(field("sf-range").getText()).isEqualTo("From 5 to 10 times");
        web.browser.driver.findElement(By.cssSelector("#shortfall-fine button[type=submit]")).click();
        awaitText("fine-message", "CMP-SHORTFALL-ASSESSED");
        assertThat(field("fine-message").getAttribute("class")).contains("error");
        assertThat(field("fine-message").getText()).contains("[year]", "(CMP-SHORTFALL-ASSESSED)");
        web.browser.screenshot("regulator-actions");
    }

    private WebElement field(String id) {
        return web.browser.driver.findElement(By.id(id));
    }

    private WebElement auctionRow(String auctionId) {
        return web.browser.driver.findElement(By.cssSelector("#auctions tr[data-auction='" + auctionId + "']"));
    }

    @Test
    @Order(4)
    void theRegulatorRunsTheAllocationStepsFromTheConsoleAndSeesTheEnginesAnswer() throws Exception {
        web.signIn("sc.regulator");
        WebElement year = web.browser.driver.findElement(By.id("year"));
        year.clear();
        year.sendKeys("2025", org.openqa.selenium.Keys.TAB);
        waiting().until(d -> !d.findElements(By.cssSelector("#allocation-years tr[data-allocation='SC-2025']")).isEmpty());
        // The demo pre-allocated 2025 already: a second pre-allocation is refused, naming the rule.
        web.browser.driver.findElement(By.cssSelector("tr[data-allocation='SC-2025'] button.pre-allocate")).click();
        awaitText("allocation-message", "ALC-");
        assertThat(web.browser.driver.findElement(By.id("allocation-message")).getAttribute("class")).contains("error");
    }

    @Test
    @Order(5)
    void anAuditorSeesTheConsoleWithoutActions() throws Exception {
        web.signIn("auditor");
        assertThat(web.browser.driver.getCurrentUrl()).endsWith("/regulator.html");
        assertThat(web.browser.driver.findElement(By.id("read-only")).isDisplayed()).isTrue();
        assertThat(reportRow("reports", LEFT_VERIFIED).getAttribute("data-status")).isEqualTo("VERIFIED");
        assertThat(web.browser.driver.findElements(By.cssSelector("#compliance tbody tr"))).hasSizeGreaterThan(1);
        assertThat(web.browser.driver.findElements(By.cssSelector("#reports button, #compliance button, #auctions button, #allocation-years button")))
                .isEmpty();
        for (String form : List.of("announce", "shortfall-fine", "violation-fine", "amend-rule")) {
            assertThat(web.browser.driver.findElement(By.id(form)).isDisplayed()).as(form).isFalse();
        }
    }
}
