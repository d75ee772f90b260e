package org.openets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.exchange.Depth;
import org.openets.exchange.Exchange;
import org.openets.exchange.OrderType;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import org.openets.node.Node;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The public portal in a real headless Chromium, on a node holding the demo market. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTest {

    static final String SYMBOL = "SCEA-2025";
    WebFixture web;
    Browser browser;
    Node node;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        web = new WebFixture(dir);
        browser = web.browser;
        node = web.node;
    }

    @AfterAll
    void stop() throws Exception {
        web.close();
    }

    private void openPortal() {
        web.open("/");
    }

    private long chartPoints() {
        Object points = browser.driver.executeScript("const c = echarts.getInstanceByDom("
                + "document.getElementById('kline')); return c ? c.getOption().series[0].data.length : 0;");
        return ((Number) points).longValue();
    }

    @Test
    void thePortalShowsInstrumentsAChartWithDataTheLiveLadderAndStatistics() throws Exception {
        openPortal();
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#instruments tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(browser.driver.findElement(By.id("instruments")).getText()).contains(SYMBOL).contains("¥");
        assertThat(chartPoints()).isPositive();
        browser.waiting(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#depth tbody tr")).isEmpty());
        assertThat(browser.driver.findElement(By.id("stats")).getText()).contains("¥");
        assertThat(browser.driver.findElements(By.cssSelector("#compliance tbody tr"))).hasSize(2);
        browser.driver.findElement(By.cssSelector("[data-interval='1w']")).click();
        browser.waiting(Duration.ofSeconds(10)).until(d -> "true".equals(d.findElement(
                By.cssSelector("[data-interval='1w']")).getAttribute("aria-pressed")));
        browser.waiting(Duration.ofSeconds(10)).until(d -> chartPoints() > 0);
        assertThat(browser.screenshot("portal")).satisfies(file -> assertThat(Files.size(file)).isPositive());
    }

    @Test
    void statisticsSinceListingAndEnterpriseDisclosuresAreShown() throws Exception {
        openPortal();
        // Five weeks of demo trading: since listing, every market has volume.
        String markets = browser.driver.findElement(By.id("markets")).getText();
        assertThat(markets.lines().filter(line -> line.matches(".*[1-9][0-9,]* ·.*")).count()).isEqualTo(3);
        String allTime = browser.driver.findElement(By.id("stats")).getText();
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("period"))).selectByValue("today");
        assertThat(browser.driver.findElement(By.id("stats")).getText()).isNotEqualTo(allTime);

        List<WebElement> entities = browser.driver.findElements(By.cssSelector("#disclosures tbody tr"));
        assertThat(entities).hasSize(62);
        assertThat(browser.driver.findElement(By.id("disclosures")).getText()).contains("CQ-E001");
        browser.driver.findElement(By.id("filter")).sendKeys("CQ-E001");
        List<WebElement> found = browser.driver.findElements(By.cssSelector("#disclosures tbody tr"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).getText()).contains("677,362");
        browser.screenshot("portal-disclosures");
    }

    @Test
    void anInstrumentIsChosenFromTheKeyboardAndThePageFitsAPhone() throws Exception {
        openPortal();
        WebElement row = browser.driver.findElement(By.cssSelector("#instruments tr[data-symbol='CQEA-2025']"));
        row.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waiting(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("chart-symbol")).getText()
                .equals("CQEA-2025"));
        org.openqa.selenium.Dimension desktop = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            openPortal();
            Object overflow = browser.driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).longValue()).as("no sideways scrolling of the page itself").isLessThanOrEqualTo(0);
            browser.screenshot("portal-phone");
        } finally {
            browser.driver.manage().window().setSize(desktop);
        }
    }

    @Test
    void anOrderPlacedOnTheMarketAppearsInTheDepthLadderWithoutReloading() throws Exception {
        openPortal();
        browser.driver.findElement(By.cssSelector("#instruments tr[data-symbol='" + SYMBOL + "']")).click();
        browser.waiting(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("chart-symbol")).getText().equals(SYMBOL));
        Depth depth = node.runner().query(e -> e.context(Exchange.class).depth(SYMBOL, 5)).get();
        long price = depth.bids().isEmpty() ? depth.asks().get(0).priceFen() - 5 : depth.bids().get(0).priceFen() + 1;
        if (!depth.asks().isEmpty()) {
            assertThat(price).as("a new best bid below the best ask").isLessThan(depth.asks().get(0).priceFen());
        }
        Outcome placed = node.runner().submit(new Envelope("browser-order", "M01-trader", "test", new PlaceOrder(
                "BROWSER-1", "M01-C1", SYMBOL, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, price, 7))).get();
        assertThat(placed).isInstanceOf(Outcome.Accepted.class);
        String shown = String.format("%d.%02d", price / 100, price % 100);
        browser.waiting(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("depth")).getText().contains(shown));
        browser.screenshot("portal-depth");
    }

    @Test
    void thePortalShowsItsDataWithinOneSecondOnLoopback() {
        openPortal();
        // The second load is the one a visitor has: the browser and the server have warmed up.
        openPortal();
        long readyMs = Long.parseLong(browser.driver.findElement(By.tagName("body")).getAttribute("data-ready-ms"));
        assertThat(readyMs).as("navigation to data shown, in ms").isLessThan(1_000);
    }

    @Test
    void theLanguageSwitchesBetweenChineseAndEnglishEverywhere() throws Exception {
        openPortal();
        String before = browser.driver.findElement(By.tagName("h1")).getText();
        String lang = browser.driver.findElement(By.tagName("html")).getAttribute("lang");
        browser.screenshot("portal-" + lang);
        browser.driver.findElement(By.id("lang")).click();
        String after = browser.driver.findElement(By.tagName("h1")).getText();
        assertThat(after).isNotEqualTo(before);
        assertThat(List.of(before, after)).containsExactlyInAnyOrder("成渝碳排放权交易市场", "Chengdu–Chongqing carbon market");
        String other = browser.driver.findElement(By.tagName("html")).getAttribute("lang");
        assertThat(other).isNotEqualTo(lang);
        assertThat(browser.driver.findElement(By.id("h-compliance")).getText())
                .isEqualTo(other.equals("en") ? "Compliance results" : "履约结果");
        browser.screenshot("portal-" + other);
        browser.driver.navigate().refresh();
        web.awaitReady();
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).as("the choice is kept")
                .isEqualTo(other);
    }
}
