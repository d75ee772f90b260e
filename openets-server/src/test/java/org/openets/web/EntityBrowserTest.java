package org.openets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openets.core.Position;
import org.openets.mrv.Mrv;
import org.openets.mrv.ReportStatus;
import org.openets.registry.Registry;
import org.openets.registry.TransferState;
import org.openets.registry.TransferView;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The entity representatives' screen in a real browser on the demo market: holdings, a transfer proposed by the
 * initiator and approved by the approver (four-eyes: the initiator is refused), a report drafted and submitted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EntityBrowserTest {

    static final String ACCOUNT = "CQ-E001-HOLD";
    static final String ENTITY = "CQ-E001";
    WebFixture web;
    WebDriver driver;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        web = new WebFixture(dir);
        driver = web.browser.driver;
    }

    @AfterAll
    void stop() throws Exception {
        web.close();
    }

    private WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    private void type(String id, String text) {
        byId(id).clear();
        byId(id).sendKeys(text);
    }

    private void awaitText(String id, String text) {
        web.browser.waiting(Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id(id)).getText().contains(text));
    }

    private TransferView transfer(String to) throws Exception {
        return web.node.runner().query(e -> e.context(Registry.class).pendingTransfers().stream()
                .filter(t -> t.fromAccount().equals(ACCOUNT) && t.toAccount().equals(to)).findFirst().orElse(null))
                .get();
    }

    @Test
    @Order(1)
    void theInitiatorSeesHoldingsProposesATransferAndMayNotApproveIt() throws Exception {
        web.signIn("entity.initiator");
        assertThat(driver.getCurrentUrl()).endsWith("/entity.html");
        assertThat(byId("entity").getText()).contains(ENTITY);
        WebElement holding = driver.findElement(By.cssSelector("#holdings tr[data-unit='CQEA-2024']"));
        long available = web.node.runner().query(e -> e.context(Registry.class).balance(ACCOUNT, "CQEA-2024",
                Position.AVAILABLE)).get();
        assertThat(holding.getText()).contains(String.format("%,d", available));
        assertThat(byId("trusted-delay").getText()).contains("4").contains("REG-TAL-DELAY-WORKING-DAYS");
        assertThat(byId("compliance-year").getAttribute("value")).isNotBlank();

        type("transfer-to", "CQ-E002-HOLD");
        new Select(byId("transfer-unit")).selectByValue("CQEA-2024");
        type("transfer-quantity", "1234");
        byId("transfer-form").findElement(By.cssSelector("button[type=submit]")).click();
        awaitText("pending", "CQ-E002-HOLD");
        TransferView proposed = transfer("CQ-E002-HOLD");
        assertThat(proposed.state()).isEqualTo(TransferState.AWAITING_APPROVAL);
        assertThat(proposed.quantity()).isEqualTo(1234);
        assertThat(proposed.proposedBy()).isEqualTo("CQ-E001-rep1");
        WebElement row = driver.findElement(By.cssSelector("#pending tr[data-transfer-id='" + proposed.transferId()
                + "']"));
        assertThat(row.getText()).contains("1,234");
        assertThat(driver.findElements(By.cssSelector("#pending tr[data-transfer-id]"))).as("only this account's")
                .allSatisfy(r -> assertThat(r.getText()).contains(ACCOUNT));

        row.findElement(By.cssSelector("button[data-action='approve']")).click();
        awaitText("pending-message", "API-");
        assertThat(byId("pending-message").getAttribute("class")).contains("error");
        assertThat(transfer("CQ-E002-HOLD").state()).isEqualTo(TransferState.AWAITING_APPROVAL);
        if (!"zh-CN".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            byId("lang").click();
        }
        awaitText("h-holdings", "持有量");
        web.browser.screenshot("entity");
    }

    @Test
    @Order(2)
    void theApproverApprovesTheTransfer() throws Exception {
        TransferView proposed = transfer("CQ-E002-HOLD");
        assertThat(proposed).as("proposed by the first test").isNotNull();
        web.signIn("entity.approver");
        WebElement row = driver.findElement(By.cssSelector("#pending tr[data-transfer-id='" + proposed.transferId()
                + "']"));
        row.findElement(By.cssSelector("button[data-action='approve']")).click();
        awaitText("pending-message", driver.findElement(By.tagName("html")).getAttribute("lang").equals("en")
                ? "Done" : "已完成");
        TransferView after = web.node.runner().query(e -> e.context(Registry.class).transfer(proposed.transferId()))
                .get();
        assertThat(after == null || after.state() != TransferState.AWAITING_APPROVAL).as("approved").isTrue();
        if (after != null) {
            assertThat(after.approvedBy()).isEqualTo("CQ-E001-rep2");
        }
    }

    @Test
    @Order(3)
    void aReportIsDraftedThroughTheFormAndSubmitted() throws Exception {
        web.signIn("entity.initiator");
        type("report-year", "2025");
        type("draft-id", "R-2025-CQ-E001-WEB");
        type("draft-compiler", "CB-TIANFU-CARBON");
        new Select(byId("line-0-kind")).selectByValue("COMBUSTION");
        type("line-0-source", "main boiler");
        type("line-0-key", "COAL");
        type("line-0-activity", "300000");
        type("line-0-ncv", "20.908");
        byId("add-line").click();
        new Select(byId("line-1-kind")).selectByValue("PURCHASED_ELECTRICITY");
        type("line-1-source", "grid supply");
        type("line-1-key", "CQ");
        type("line-1-activity", "12000");
        byId("report-form").findElement(By.cssSelector("button[type=submit]")).click();
        web.browser.waiting(Duration.ofSeconds(15)).until(d ->
                !d.findElements(By.cssSelector("#reports tr[data-report-id='R-2025-CQ-E001-WEB']")).isEmpty());
        assertThat(byId("report-message").getAttribute("class")).contains("ok");
        WebElement row = driver.findElement(By.cssSelector("#reports tr[data-report-id='R-2025-CQ-E001-WEB']"));
        assertThat(row.getAttribute("data-status")).isEqualTo("DRAFT");
        assertThat(web.node.runner().query(e -> e.context(Mrv.class).report("R-2025-CQ-E001-WEB")).get()
                .current().drafted().lines()).hasSize(2);

        row.findElement(By.cssSelector("button[data-action='submit']")).click();
        web.browser.waiting(Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> "SUBMITTED".equals(d.findElement(
                By.cssSelector("#reports tr[data-report-id='R-2025-CQ-E001-WEB']")).getAttribute("data-status")));
        assertThat(web.node.runner().query(e -> e.context(Mrv.class).report("R-2025-CQ-E001-WEB")).get()
                .current().status()).isEqualTo(ReportStatus.SUBMITTED);

        type("compliance-year", "2024");
        byId("compliance-show").click();
        // 677,362 t obligation × 500 bp = 33,868 t (rounded down).
        awaitText("compliance", "33,868");
        if (!"en".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            byId("lang").click();
        }
        awaitText("h-reports", "Emission reports");
        web.browser.screenshot("entity-en");
    }
}
