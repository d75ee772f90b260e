package org.openets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openets.demo.DemoUsers;
import org.openqa.selenium.By;

/** The sign-in page in a real browser: a refusal is shown with its rule, a success keeps the session. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTest {

    WebFixture web;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        web = new WebFixture(dir);
    }

    @AfterAll
    void stop() throws Exception {
        web.close();
    }

    @Test
    void everyRoleSignsInToItsOwnScreen() {
        java.util.Map<String, String> screens = new java.util.LinkedHashMap<>();
        screens.put("sc.regulator", "/regulator.html");
        screens.put("cq.regulator", "/regulator.html");
        screens.put("cy.authority", "/regulator.html");
        screens.put("auditor", "/regulator.html");
        screens.put("verifier", "/verifier.html");
        screens.put("entity.initiator", "/entity.html");
        screens.put("entity.approver", "/entity.html");
        screens.put("member.trader", "/trade.html");
        screens.put("member.admin", "/trade.html");
        for (var screen : screens.entrySet()) {
            web.signIn(screen.getKey());
            assertThat(web.browser.driver.getCurrentUrl()).as(screen.getKey()).endsWith(screen.getValue());
            assertThat(web.browser.driver.findElement(By.id("who")).getText()).startsWith(screen.getKey());
            long millis = web.reloadMillis();
            assertThat(millis).as("%s loads and shows its data within a second (%d ms)", screen.getValue(), millis)
                    .isLessThan(1_000);
        }
        web.browser.driver.findElement(By.id("sign-out")).click();
        web.browser.waiting(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("sign-in"));
        web.browser.driver.get(web.base + "/trade.html");
        web.browser.waiting(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("sign-in"));
    }

    @Test
    void aWrongPasswordIsShownWithItsRuleAndARegulatorNeedsItsCode() throws Exception {
        web.open("/sign-in.html");
        web.browser.driver.findElement(By.id("userId")).sendKeys("member.trader");
        web.browser.driver.findElement(By.id("password")).sendKeys("not the password");
        web.browser.driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        web.browser.waiting(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("message")).getText()
                .contains("API-SIGN-IN"));
        web.browser.screenshot("sign-in-refused");

        web.browser.driver.findElement(By.id("userId")).clear();
        web.browser.driver.findElement(By.id("userId")).sendKeys("sc.regulator");
        web.browser.driver.findElement(By.id("password")).clear();
        web.browser.driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        web.browser.driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        web.browser.waiting(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("message")).getText()
                .contains("totp"));
        assertThat(web.browser.driver.getCurrentUrl()).contains("sign-in");
    }
}
