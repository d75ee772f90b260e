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
import org.openets.exchange.InstrumentView;
import org.openets.exchange.OrderType;
import org.openets.exchange.OrderView;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.SetInstrumentHalt;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The member's trading screen in headless Chromium, signed in as the demo's member trader. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TradeBrowserTest {

    static final String SYMBOL = "SCEA-2025";
    static final String ACCOUNT = "M01-C1";
    static final Duration WAIT = Duration.ofSeconds(15);
    WebFixture web;
    Browser browser;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        web = new WebFixture(dir);
        browser = web.browser;
        web.signIn("member.trader");
        assertThat(browser.driver.getCurrentUrl()).as("a member trader lands on the trading screen").endsWith("/trade.html");
    }

    @AfterAll
    void stop() throws Exception {
        web.close();
    }

    /** The trading screen for the demo member's client account and the SC allowance. */
    private void openScreen() {
        web.open("/trade.html");
        new Select(browser.driver.findElement(By.id("account"))).selectByValue(ACCOUNT);
        new Select(browser.driver.findElement(By.id("symbol"))).selectByValue(SYMBOL);
        browser.waiting(WAIT).until(d -> ACCOUNT.equals(body().getAttribute("data-account"))
                && SYMBOL.equals(body().getAttribute("data-symbol")));
    }

    private WebElement body() {
        return browser.driver.findElement(By.tagName("body"));
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    private Depth depth() throws Exception {
        return web.node.runner().query(e -> e.context(Exchange.class).depth(SYMBOL, 10)).get();
    }

    private InstrumentView instrument() throws Exception {
        return web.node.runner().query(e -> e.context(Exchange.class).instrument(SYMBOL, web.clock.get())).get();
    }

    private List<OrderView> openOrders() throws Exception {
        return web.node.runner().query(e -> e.context(Exchange.class).openOrders(ACCOUNT)).get();
    }

    private static String yuan(long fen) {
        return String.format("%d.%02d", fen / 100, fen % 100);
    }

    private void submitOrder(Side side, String price, long quantity) {
        browser.driver.findElement(By.cssSelector("#order input[name=side][value=" + side + "]")).click();
        WebElement priceField = browser.driver.findElement(By.id("price"));
        priceField.clear();
        priceField.sendKeys(price);
        WebElement quantityField = browser.driver.findElement(By.id("quantity"));
        quantityField.clear();
        quantityField.sendKeys(Long.toString(quantity));
        browser.driver.findElement(By.id("place")).click();
    }

    /** The K-line chart's last bar as "label|volume". */
    private String lastBar() {
        return (String) browser.driver.executeScript("const c = echarts.getInstanceByDom(document.getElementById("
                + "'kline')); const o = c.getOption(); const v = o.series[1].data; const x = o.xAxis[0].data;"
                + " return v.length ? x[x.length - 1] + '|' + v[v.length - 1].value : '|0';");
    }

    @Test
    void aRestingBuyFromTheFormAppearsInOwnOrdersAndTheLadder() throws Exception {
        openScreen();
        InstrumentView instrument = instrument();
        assertThat(text("limits")).contains(yuan(instrument.bandLowFen())).contains(yuan(instrument.bandHighFen()));
        Depth depth = depth();
        long bestAsk = depth.asks().get(0).priceFen();
        long price = depth.bids().isEmpty() ? bestAsk - instrument.tickFen() : depth.bids().get(0).priceFen()
                + instrument.tickFen();
        if (price >= bestAsk) {
            price = depth.bids().get(0).priceFen();
        }
        int before = openOrders().size();
        // Typed without a trailing zero ("39.9"): the page turns the text into fen digit by digit.
        submitOrder(Side.BUY, yuan(price).replaceAll("0$", ""), instrument.lotTonnes() * 3);
        browser.waiting(WAIT).until(d -> text("order-message").matches("(?s).*W[0-9A-F]{15}.*"));
        String orderId = text("order-message").replaceAll("(?s).*(W[0-9A-F]{15}).*", "$1");
        browser.waiting(WAIT).until(d -> !d.findElements(By.cssSelector("#open-orders tr[data-order-id='" + orderId
                + "']")).isEmpty());
        String row = browser.driver.findElement(By.cssSelector("#open-orders tr[data-order-id='" + orderId + "']"))
                .getText();
        assertThat(row).contains(yuan(price)).contains(SYMBOL);
        long shown = price;
        browser.waiting(WAIT).until(d -> text("depth").contains(yuan(shown)));
        assertThat(openOrders()).hasSize(before + 1).anySatisfy(o -> {
            assertThat(o.orderId()).isEqualTo(orderId);
            assertThat(o.priceFen()).as("yuan typed as text, fen exactly").isEqualTo(shown);
        });
    }

    @Test
    void aCrossingBuyShowsAnExecutionAndTheLastBarGrows() throws Exception {
        openScreen();
        browser.driver.findElement(By.cssSelector("[data-interval='1m']")).click();
        browser.waiting(WAIT).until(d -> !lastBar().isEmpty());
        String[] before = lastBar().split("\\|");
        Depth depth = depth();
        long bestAsk = depth.asks().get(0).priceFen();
        long quantity = instrument().lotTonnes();
        int executions = browser.driver.findElements(By.cssSelector("#executions tbody tr td.num")).size();
        submitOrder(Side.BUY, yuan(bestAsk), quantity);
        browser.waiting(WAIT).until(d -> d.findElements(By.cssSelector("#executions tbody tr td.num")).size()
                > executions);
        assertThat(text("executions")).contains(yuan(bestAsk)).contains(SYMBOL);
        browser.waiting(WAIT).until(d -> {
            String[] after = lastBar().split("\\|");
            long base = after[0].equals(before[0]) ? Long.parseLong(before[1]) : 0;
            return Long.parseLong(after[1]) >= base + quantity;
        });
    }

    @Test
    void refusalsAreShownInThePageWithFieldAndRuleFromThePageChecksAndFromTheEngine() throws Exception {
        openScreen();
        InstrumentView instrument = instrument();
        int before = openOrders().size();
        submitOrder(Side.BUY, yuan(instrument.bandHighFen() + instrument.tickFen()), instrument.lotTonnes());
        browser.waiting(WAIT).until(d -> text("order-message").contains("EXC-PRICE-LIMIT-LISTED-BPS"));
        assertThat(text("order-message")).contains("priceFen").contains(yuan(instrument.bandHighFen()));
        submitOrder(Side.BUY, "60.123", instrument.lotTonnes());
        browser.waiting(WAIT).until(d -> text("order-message").contains("API-FIELD-FORMAT"));

        // A halt the page has not heard of: the order passes the page's checks and the engine's refusal is shown.
        halt(true);
        try {
            submitOrder(Side.BUY, yuan(instrument.bandLowFen()), instrument.lotTonnes());
            browser.waiting(WAIT).until(d -> text("order-message").contains("EXC-INSTRUMENT-HALT"));
            assertThat(text("order-message")).contains("[symbol]");
        } finally {
            halt(false);
        }
        assertThat(openOrders()).hasSize(before);
    }

    private void halt(boolean halted) throws Exception {
        Outcome outcome = web.node.runner().submit(new Envelope("trade-browser-halt-" + halted + "-" + web.clock.get(),
                "system", "test", new SetInstrumentHalt(SYMBOL, halted, "browser test"))).get();
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
    }

    @Test
    void anOrderIsCancelledFromTheList() throws Exception {
        Depth depth = depth();
        long price = depth.asks().get(0).priceFen() - 50 * instrument().tickFen();
        Outcome placed = web.node.runner().submit(new Envelope("trade-browser-cancel", "M01-trader", "test",
                new PlaceOrder("CANCEL-ME", ACCOUNT, SYMBOL, Side.BUY, OrderType.LIMIT, TimeInForce.GTC,
                        Math.max(price, instrument().bandLowFen()), instrument().lotTonnes()))).get();
        assertThat(placed).isInstanceOf(Outcome.Accepted.class);
        openScreen();
        By row = By.cssSelector("#open-orders tr[data-order-id='CANCEL-ME']");
        browser.waiting(WAIT).until(d -> !d.findElements(row).isEmpty());
        browser.driver.findElement(row).findElement(By.cssSelector("button.cancel")).click();
        browser.waiting(WAIT).until(d -> d.findElements(row).isEmpty());
        assertThat(text("cancel-message")).contains("CANCEL-ME");
        assertThat(openOrders()).noneMatch(o -> o.orderId().equals("CANCEL-ME"));
    }

    @Test
    void theScreenSwitchesLanguage() throws Exception {
        browser.driver.executeScript("localStorage.setItem('openets.lang', 'zh-CN')");
        openScreen();
        assertThat(text("h-open")).isEqualTo("当前委托");
        assertThat(browser.screenshot("trade")).satisfies(file -> assertThat(Files.size(file)).isPositive());
        browser.driver.findElement(By.id("lang")).click();
        assertThat(text("h-open")).isEqualTo("Open orders");
        assertThat(text("limits")).contains("Today's price band");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.screenshot("trade-en");
        browser.driver.findElement(By.id("lang")).click();
        assertThat(text("h-open")).isEqualTo("当前委托");
    }
}
