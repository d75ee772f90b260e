package org.openets.web;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.openets.core.MarketTime;
import org.openets.demo.DemoSeeder;
import org.openets.demo.DemoUsers;
import org.openets.demo.RunnerTarget;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import org.openets.security.TotpCodes;
import org.openqa.selenium.By;

/**
 * A node holding the demo market and its users, its clock on the next working morning (continuous trading), and a
 * headless browser: what every browser test starts from.
 */
final class WebFixture implements AutoCloseable {

    final AtomicLong clock = new AtomicLong();
    final Node node;
    final Browser browser;
    final String base;

    WebFixture(Path dir) throws Exception {
        node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1_000_000), clock::get, p -> { });
        new DemoSeeder(new RunnerTarget(node.runner()), clock::set, n -> { }).seed();
        DemoUsers.ensure(node.runner());
        LocalDateTime next = MarketTime.localDate(clock.get()).plusDays(1).atTime(10, 0);
        while (next.getDayOfWeek().getValue() > 5) {
            next = next.plusDays(1);
        }
        clock.set(MarketTime.epochMillis(next));
        node.runner().tickIfDue();
        base = "http://127.0.0.1:" + node.port();
        browser = new Browser();
    }

    /** Opens {@code path} and waits until its script has marked the page ready. */
    void open(String path) {
        browser.driver.get(base + path);
        awaitReady();
    }

    void awaitReady() {
        browser.waiting(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(20)).until(d -> "true".equals(
                d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /**
     * Reloads the page and returns the milliseconds from navigation until the page showed its data, as the page's
     * own clock saw them when the test found it ready (an upper bound, by the 20 ms the test polls at).
     */
    long reloadMillis() {
        browser.driver.navigate().refresh();
        awaitReady();
        return ((Number) browser.driver.executeScript("return Math.round(performance.now())")).longValue();
    }

    /**
     * Signs in through the sign-in page as a demo user, with a fresh TOTP code when the role needs one (the clock
     * moves on 30 s first, because a code is good once), and waits for the screen it leads to.
     */
    void signIn(String userId) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(base + "/sign-in.html");
        browser.driver.executeScript("sessionStorage.clear()");
        awaitReady();
        browser.driver.findElement(By.id("userId")).sendKeys(userId);
        browser.driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        clock.addAndGet(30_000);
        browser.driver.findElement(By.id("totp")).sendKeys(TotpCodes.codeAt(DemoUsers.TOTP_SECRET, clock.get()));
        browser.driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("sign-in"));
        awaitReady();
    }

    @Override
    public void close() throws Exception {
        try {
            browser.close();
        } finally {
            node.close();
        }
    }
}
