package org.openets.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openets.auction.AnnounceAuction;
import org.openets.auction.ReserveBasis;
import org.openets.registry.AccountType;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.core.Command;
import org.openets.core.MarketTime;
import org.openets.engine.StandardEngine;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import org.openets.store.ExchangeScript;
import org.openets.store.ReconciliationReport;
import org.openets.store.Reconciler;

/**
 * The market-data and trading routes on a real node after two weeks of scripted trading sent over HTTP
 * ({@link ExchangeScript}), with a clock the test moves: live instruments, depth and trading accounts, and the
 * read model's trades, K-lines, statistics, orders, funds and statements; each bad parameter is a problem
 * document naming it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeQueriesTest {

    private static final String BASE = "/api/v1/instruments/" + ExchangeScript.SYMBOL;

    private final AtomicLong clock = new AtomicLong(
            MarketTime.epochMillis(ExchangeScript.MONDAY.minusDays(3).atTime(15, 0)));
    private Node node;
    private ApiClient api;

    /** The script's market: commands over HTTP, session changes by the runner's own tick at the moved clock. */
    private final class HttpMarket implements ExchangeScript.Market {
        private final AtomicInteger keys = new AtomicInteger();

        @Override
        public void at(LocalDateTime chinaTime) {
            clock.set(MarketTime.epochMillis(chinaTime));
            node.runner().tickIfDue();
            try {
                node.runner().query(engine -> engine.lastSequence()).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the engine did not answer", e);
            }
        }

        @Override
        public void ok(String actor, Command command) {
            try {
                ApiClient.Reply reply = api.submit("script-" + keys.incrementAndGet(), actor, command);
                assertThat(reply.status()).as("%s: %s", command, reply.body()).isEqualTo(200);
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @BeforeAll
    void playTwoWeeksOfTradingOnANode(@TempDir Path dir) throws Exception {
        node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000), clock::get, p -> { });
        api = new ApiClient(node, Duration.ofSeconds(10));
        ExchangeScript.play(new HttpMarket());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (node.follower().lag() > 0 && System.nanoTime() < deadline) {
            node.follower().wakeUp();
            Thread.sleep(20);
        }
        assertThat(node.follower().lag()).isZero();
    }

    @AfterAll
    void stopTheNode() throws IOException {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void instruments_are_live_with_todays_statistics_and_the_reference_price_in_fen_and_yuan() throws Exception {
        ApiClient.Reply all = ok("/api/v1/instruments");
        ApiClient.Reply one = ok(BASE);

        assertThat(all.body().get("items")).hasSize(1);
        assertThat(all.body().get("items").get(0)).isEqualTo(one.body());
        assertThat(one.text("symbol")).isEqualTo("SCEA");
        assertThat(one.text("phase")).isEqualTo("CONTINUOUS");
        assertThat(one.body().get("referencePriceFen").asLong()).isEqualTo(6_131);
        assertThat(one.text("referencePriceCny")).isEqualTo("61.31");
        assertThat(one.body().get("lastFen").asLong()).isEqualTo(6_200);
        assertThat(one.body().get("volume").asLong()).isEqualTo(100);
        assertThat(one.body().get("trades").asLong()).isEqualTo(1);
    }

    @Test
    void an_auction_shows_its_terms_and_status_while_its_bids_stay_sealed() throws Exception {
        submit("auction-1", "system", new OpenAccount("SC-AUCTION", AccountType.AUCTION, "SC", "GOV-SC", "Sichuan"));
        submit("auction-2", "reg-sc", new IssueUnits("SC-AUCTION", ExchangeScript.UNIT, 10_000));
        long now = clock.get();
        submit("auction-3", "reg-sc", new AnnounceAuction("AUC-1", "SC", ExchangeScript.UNIT, "SC-AUCTION", 10_000,
                ReserveBasis.EXPLICIT, 5_500, now, now + 3_600_000));

        ApiClient.Reply one = ok("/api/v1/auctions/AUC-1");
        assertThat(one.body().get("auction").get("status").asText()).isEqualTo("OPEN");
        assertThat(one.body().get("auction").get("volumeTonnes").asLong()).isEqualTo(10_000);
        assertThat(one.body().get("allocations")).isEmpty();
        assertThat(ok("/api/v1/auctions").body().get("items")).hasSize(1);
        assertThat(ok("/api/v1/auctions?status=CANCELLED").body().get("items")).isEmpty();
        assertThat(api.get("/api/v1/auctions?status=SOMETIME").status()).isEqualTo(400);
        ApiClient.Reply missing = api.get("/api/v1/auctions/NOPE");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("field")).isEqualTo("auctionId");
    }

    @Test
    void depth_shows_the_resting_levels_live() throws Exception {
        JsonNode depth = ok(BASE + "/depth?levels=10").body();

        assertThat(depth.get("bids")).hasSize(1);
        assertThat(depth.get("bids").get(0).get("priceFen").asLong()).isEqualTo(6_200);
        assertThat(depth.get("bids").get(0).get("quantity").asLong()).isEqualTo(200);
        assertThat(depth.get("asks").get(0).get("priceCny").asText()).isEqualTo("63.00");
        assertThat(depth.get("asks").get(0).get("orders").asInt()).isEqualTo(1);
    }

    @Test
    void trades_come_newest_first_and_filter_by_time() throws Exception {
        JsonNode all = ok(BASE + "/trades").body().get("items");
        JsonNode tuesday = ok(BASE + "/trades?from=2026-12-01&to=2026-12-02").body().get("items");
        JsonNode page = ok(BASE + "/trades?offset=1&limit=2").body().get("items");
        JsonNode morning = ok(BASE + "/trades?from=2026-11-30T09:31%2B08:00&to=2026-11-30T09:32").body()
                .get("items");

        assertThat(tradeNumbers(all)).containsExactly(9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(tradeNumbers(tuesday)).containsExactly(8L, 7L, 6L);
        assertThat(tradeNumbers(page)).containsExactly(8L, 7L);
        assertThat(tradeNumbers(morning)).containsExactly(3L, 2L);
        JsonNode first = all.get(8);
        assertThat(first.get("kind").asText()).isEqualTo("CALL_AUCTION");
        assertThat(first.get("executedAt").asText()).isEqualTo("2026-11-30T09:30:00+08:00");
        assertThat(first.get("valueFen").asLong()).isEqualTo(3_612_000);
        assertThat(first.get("valueCny").asText()).isEqualTo("36120.00");
    }

    @Test
    void klines_come_oldest_first_at_each_interval() throws Exception {
        JsonNode minutes = ok(BASE + "/klines?interval=1m&from=2026-11-30T09:30&to=2026-11-30T09:32").body();
        JsonNode days = ok(BASE + "/klines").body();
        JsonNode weeks = ok(BASE + "/klines?interval=1w").body();

        assertThat(minutes.get("interval").asText()).isEqualTo("1m");
        assertThat(minutes.get("items")).extracting(bar -> bar.get("start").asText() + " " + bar.get("openFen")
                + " " + bar.get("highFen") + " " + bar.get("lowFen") + " " + bar.get("closeFen") + " "
                + bar.get("volume") + " " + bar.get("trades")).containsExactly(
                "2026-11-30T09:30:00+08:00 6020 6020 6020 6020 600 1",
                "2026-11-30T09:31:00+08:00 6020 6030 6020 6030 500 2");
        assertThat(days.get("interval").asText()).isEqualTo("1d");
        assertThat(days.get("items")).extracting(bar -> bar.get("start").asText() + " " + bar.get("volume"))
                .containsExactly("2026-11-30T00:00:00+08:00 1500", "2026-12-01T00:00:00+08:00 800",
                        "2026-12-07T00:00:00+08:00 100");
        assertThat(days.get("items").get(0).get("turnoverCny").asText()).isEqualTo("90490.00");
        assertThat(days.get("items").get(0).get("vwapFen").asLong()).isEqualTo(6_033);
        assertThat(weeks.get("items")).extracting(bar -> bar.get("start").asText() + " " + bar.get("volume"))
                .containsExactly("2026-11-30T00:00:00+08:00 2300", "2026-12-07T00:00:00+08:00 100");
    }

    @Test
    void statistics_give_today_live_and_earlier_days_newest_first() throws Exception {
        JsonNode stats = ok(BASE + "/stats").body();

        assertThat(stats.get("today").get("volume").asLong()).isEqualTo(100);
        assertThat(stats.get("history").get("items")).extracting(day -> day.get("tradingDate").asText() + " "
                + day.get("closeFen") + " " + day.get("volume")).containsExactly("2026-12-04 6131 0",
                "2026-12-03 6131 0", "2026-12-02 6131 0", "2026-12-01 6131 800", "2026-11-30 6033 1500");
    }

    @Test
    void orders_filter_by_account_and_status_and_show_one_by_id() throws Exception {
        JsonNode partly = ok("/api/v1/orders?accountId=B-2&status=PARTIALLY_FILLED").body().get("items");
        JsonNode ofB1 = ok("/api/v1/orders?accountId=B-1").body().get("items");
        JsonNode cancelled = ok("/api/v1/orders?status=CANCELLED").body().get("items");
        JsonNode one = ok("/api/v1/orders/S1-C").body();

        assertThat(partly).extracting(o -> o.get("orderId").asText()).containsExactly("B2-E");
        assertThat(ofB1).extracting(o -> o.get("orderId").asText())
                .containsExactly("B1-F", "B1-E", "B1-D", "B1-C", "B1-B", "B1-A");
        assertThat(cancelled).extracting(o -> o.get("orderId").asText() + " " + o.get("cancelReason").asText())
                .containsExactly("S1-C REQUESTED", "B2-C DAY_END", "B1-C REQUESTED");
        assertThat(one.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(one.get("filledQuantity").asLong()).isEqualTo(100);
        assertThat(one.get("avgPriceCny").asText()).isEqualTo("61.50");
    }

    @Test
    void a_trading_account_live_and_its_funds_in_the_read_model_agree() throws Exception {
        JsonNode live = ok("/api/v1/accounts/B-2/trading").body();
        JsonNode funds = ok("/api/v1/accounts/B-2/funds").body();

        assertThat(funds.get("availableFen")).isEqualTo(live.get("availableFen"));
        assertThat(funds.get("reservedFen")).isEqualTo(live.get("reservedFen"));
        assertThat(funds.get("reservedFen").asLong()).isEqualTo(200 * 6_200 + 620);
        assertThat(funds.get("reservedCny").asText()).isEqualTo("12406.20");
        assertThat(live.get("positions").get(0).get("inTrading").asLong()).isEqualTo(1_200);
        ReconciliationReport report = new Reconciler(node.journal(), node.readModel(),
                StandardEngine.create().codec()).reconcile();
        assertThat(report.isClean()).as(report.describe()).isTrue();
        assertThat(report.fundsBalancesChecked()).isPositive();
    }

    @Test
    void a_statement_gives_the_days_trades_fees_and_balances() throws Exception {
        JsonNode statement = ok("/api/v1/accounts/B-1/statement?date=2026-11-30").body();

        assertThat(statement.get("trades")).extracting(t -> t.get("orderId").asText() + " " + t.get("cashFen"))
                .containsExactly("B1-A -3613806", "B1-B -1206603");
        assertThat(statement.get("feesFen").asLong()).isEqualTo(2_409);
        assertThat(statement.get("units").get(0).get("net").asLong()).isEqualTo(800);
        assertThat(statement.get("funds").get(0).get("closingCny").asText()).isEqualTo("951795.91");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/instruments/NOPE | 404 | symbol | API-RESOURCE-EXISTS",
        "/api/v1/instruments/NOPE/depth | 404 | symbol | API-RESOURCE-EXISTS",
        "/api/v1/instruments/SCEA/depth?levels=0 | 400 | levels | API-LEVELS-BOUNDS",
        "/api/v1/instruments/SCEA/depth?levels=ten | 400 | levels | API-LEVELS-BOUNDS",
        "/api/v1/instruments/NOPE/trades | 404 | symbol | API-RESOURCE-EXISTS",
        "/api/v1/instruments/SCEA/trades?from=yesterday | 400 | from | API-TIME-FORMAT",
        "/api/v1/instruments/SCEA/trades?from=2026-12-02&to=2026-12-01 | 400 | to | API-TIME-RANGE",
        "/api/v1/instruments/SCEA/trades?limit=0 | 400 | limit | API-PAGE-BOUNDS",
        "/api/v1/instruments/SCEA/klines?interval=5m | 400 | interval | API-KLINE-INTERVAL",
        "/api/v1/instruments/SCEA/klines?interval=1M | 400 | interval | API-KLINE-INTERVAL",
        "/api/v1/instruments/SCEA/klines?to=2026-13-01 | 400 | to | API-TIME-FORMAT",
        "/api/v1/instruments/NOPE/stats | 404 | symbol | API-RESOURCE-EXISTS",
        "/api/v1/instruments/SCEA/stats?offset=-1 | 400 | offset | API-PAGE-BOUNDS",
        "/api/v1/orders?status=OPEN | 400 | status | API-ORDER-STATUS",
        "/api/v1/orders/NOPE | 404 | orderId | API-RESOURCE-EXISTS",
        "/api/v1/accounts/NOPE/trading | 404 | id | API-RESOURCE-EXISTS",
        "/api/v1/accounts/NOPE/funds | 404 | id | API-RESOURCE-EXISTS",
        "/api/v1/accounts/B-1/statement | 400 | date | API-DATE-FORMAT",
        "/api/v1/accounts/B-1/statement?date=30.11.2026 | 400 | date | API-DATE-FORMAT",
        "/api/v1/accounts/NOPE/statement?date=2026-11-30 | 404 | id | API-RESOURCE-EXISTS"})
    void a_bad_parameter_or_unknown_id_is_a_problem_naming_it(String path, int status, String field, String rule)
            throws Exception {
        ApiClient.Reply reply = api.get(path);

        assertThat(reply.status()).as("%s: %s", path, reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(Problem.CONTENT_TYPE);
        assertThat(reply.text("field")).isEqualTo(field);
        assertThat(reply.text("rule")).isEqualTo(rule);
    }

    private void submit(String key, String actor, Command command) throws Exception {
        ApiClient.Reply reply = api.submit(key, actor, command);
        assertThat(reply.status()).as("%s: %s", command, reply.body()).isEqualTo(200);
    }

    private ApiClient.Reply ok(String path) throws Exception {
        ApiClient.Reply reply = api.get(path);
        assertThat(reply.status()).as("%s: %s", path, reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        return reply;
    }

    private static List<Long> tradeNumbers(JsonNode items) {
        List<Long> numbers = new ArrayList<>();
        items.forEach(item -> numbers.add(item.get("tradeNo").asLong()));
        return numbers;
    }
}
