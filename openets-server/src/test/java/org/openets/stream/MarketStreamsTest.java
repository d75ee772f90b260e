package org.openets.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openets.access.UserRole;
import org.openets.api.ApiClient;
import org.openets.clearing.DepositFunds;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.exchange.ListInstrument;
import org.openets.exchange.MoveUnitsToTrading;
import org.openets.exchange.OrderType;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.RegisterTradingAccount;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import org.openets.node.Node;
import org.openets.node.NodeSettings;
import org.openets.registry.AccountType;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.security.Principal;
import org.openets.store.ExchangeHistory;

/**
 * The streams on a real node with a clock the test holds in Monday's continuous session: seller {@code S-1} of
 * member {@code broker-a}, buyer {@code B-1} of member {@code broker-b}. The public stream is the node's own;
 * the private stream and the slow-client bound are served by a second server on the same engine, with an
 * authenticator that knows two tokens and a per-client queue of eight messages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketStreamsTest {

    private static final String SYMBOL = "SCEA";
    private static final String UNIT = "SCEA-2025";
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String INSTRUMENT = "/api/v1/stream/instruments/" + SYMBOL;
    private static final String ORDERS = "/api/v1/stream/orders";
    private static final Map<String, Principal> TOKENS = Map.of(
            "token-a", new Principal("user-a", "broker-a", UserRole.MEMBER_TRADER, "SC"),
            "token-b", new Principal("user-b", "broker-b", UserRole.MEMBER_TRADER, "SC"));

    private final AtomicLong clock = new AtomicLong(MarketTime.epochMillis(MONDAY.minusDays(3).atTime(16, 0)));
    private final AtomicInteger keys = new AtomicInteger();
    private final AtomicInteger orders = new AtomicInteger();
    private Node node;
    private MarketStreams streams;
    private Javalin server;

    @BeforeAll
    void openTheMarket(@TempDir Path dir) throws Exception {
        node = Node.start(new NodeSettings(dir, "127.0.0.1", 0, null, 1000), clock::get, p -> { });
        ok("system", new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        ok("system", new RegisterActor("broker-a", Role.MEMBER, "SC"));
        ok("system", new RegisterActor("broker-b", Role.MEMBER, "SC"));
        for (String account : new String[] {"S-1", "B-1"}) {
            ok("system", new OpenAccount(account, AccountType.ENTITY_HOLDING, "SC", "H-" + account, account));
            ok("system", new RegisterTradingAccount(account, account.startsWith("S") ? "broker-a" : "broker-b"));
        }
        ok("reg-sc", new IssueUnits("S-1", UNIT, 1_000_000));
        ok("broker-a", new MoveUnitsToTrading("S-1", UNIT, 1_000_000));
        ok("system", new DepositFunds("B-1", 10_000_000_000L, "bank ref B-1"));
        ok("system", new ListInstrument(SYMBOL, UNIT, 6_000, 1, 0));
        clock.set(MarketTime.epochMillis(MONDAY.atTime(9, 31)));
        node.runner().tickIfDue();
        node.runner().query(engine -> engine.lastSequence()).get(10, TimeUnit.SECONDS);

        streams = new MarketStreams(node.runner(), new ExchangeHistory(node.readModel()),
                node.follower()::projectedSequence, bearer -> Optional.ofNullable(TOKENS.get(bearer)),
                StreamLimits.defaults().withMaxQueuedPerSession(8).withAuthTimeout(Duration.ofSeconds(1)));
        server = Javalin.create(streams::routes).start("127.0.0.1", 0);
    }

    @AfterAll
    void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void the_public_stream_sends_a_depth_snapshot_then_each_trade_and_the_new_depth() throws Exception {
        try (StreamClient client = StreamClient.open(node.port(), INSTRUMENT)) {
            JsonNode snapshot = client.await("depth", WAIT);
            assertThat(snapshot.path("snapshot").asBoolean()).isTrue();

            long sold = place("broker-a", "S-1", Side.SELL, 6_101, 100);
            JsonNode resting = client.await(m -> isDepth(m) && m.path("sequence").asLong() >= sold, WAIT);
            assertThat(level(resting.get("asks"), 6_101)).isEqualTo(100);
            long bought = place("broker-b", "B-1", Side.BUY, 6_101, 60);

            JsonNode trade = client.await(m -> "trade".equals(m.path("type").asText())
                    && m.path("sequence").asLong() == bought, WAIT);
            assertThat(trade.get("priceFen").asLong()).isEqualTo(6_101);
            assertThat(trade.get("quantity").asLong()).isEqualTo(60);
            assertThat(trade.get("kind").asText()).isEqualTo("CONTINUOUS");
            assertThat(trade.get("aggressor").asText()).isEqualTo("BUY");
            assertThat(trade.has("buyAccount")).as("parties stay private").isFalse();
            JsonNode after = client.await(m -> isDepth(m) && m.path("sequence").asLong() >= bought, WAIT);
            assertThat(level(after.get("asks"), 6_101)).isEqualTo(40);
            assertThat(client.messages()).filteredOn(m -> m != snapshot && !"kline".equals(m.path("type").asText()))
                    .allSatisfy(m -> assertThat(m.get("sequence").asLong())
                            .isGreaterThan(snapshot.get("sequence").asLong()));
        }
    }

    @Test
    void a_kline_message_is_the_bar_the_rest_route_returns() throws Exception {
        try (StreamClient client = StreamClient.open(node.port(), INSTRUMENT)) {
            client.await("depth", WAIT);
            place("broker-a", "S-1", Side.SELL, 6_090, 30);
            long bought = place("broker-b", "B-1", Side.BUY, 6_090, 30);

            JsonNode kline = client.await(m -> "kline".equals(m.path("type").asText())
                    && "1m".equals(m.path("interval").asText()) && m.path("sequence").asLong() >= bought, WAIT);
            JsonNode bar = kline.get("bar");
            JsonNode rest = new ApiClient(node.port(), WAIT)
                    .get("/api/v1/instruments/" + SYMBOL + "/klines?interval=1m").body().get("items");
            JsonNode same = null;
            for (JsonNode item : rest) {
                if (item.get("start").equals(bar.get("start"))) {
                    same = item;
                }
            }
            assertThat(same).as("REST bar starting %s in %s", bar.get("start"), rest).isNotNull();
            for (String field : new String[] {"openFen", "highFen", "lowFen", "closeFen", "volume", "turnoverFen",
                    "vwapFen", "trades"}) {
                assertThat(bar.get(field)).as(field).isEqualTo(same.get(field));
            }
            assertThat(bar.get("closeFen").asLong()).isEqualTo(6_090);
        }
    }

    @Test
    void an_unknown_symbol_is_closed_as_a_policy_violation_naming_the_rule() throws Exception {
        try (StreamClient client = StreamClient.open(node.port(), "/api/v1/stream/instruments/NOPE")) {
            assertThat(client.closedWith(WAIT)).startsWith("1008 STREAM-SYMBOL").contains("NOPE");
            assertThat(client.messages()).isEmpty();
        }
    }

    @Test
    void a_member_sees_its_own_orders_and_executions_and_nothing_of_another_member() throws Exception {
        try (StreamClient buyer = StreamClient.open(server.port(), ORDERS, "Bearer token-b");
             StreamClient seller = StreamClient.open(server.port(), ORDERS)) {
            seller.send("{\"type\":\"auth\",\"token\":\"token-a\"}");
            assertThat(buyer.await("authenticated", WAIT).get("actorId").asText()).isEqualTo("broker-b");
            assertThat(seller.await("authenticated", WAIT).get("actorId").asText()).isEqualTo("broker-a");
            String sellId = "O-" + (orders.get() + 1);
            place("broker-a", "S-1", Side.SELL, 6_080, 50);
            String buyId = "O-" + (orders.get() + 1);
            long bought = place("broker-b", "B-1", Side.BUY, 6_080, 50);

            JsonNode accepted = buyer.await(m -> "order".equals(m.path("type").asText())
                    && buyId.equals(m.path("order").path("orderId").asText()), WAIT);
            assertThat(accepted.get("event").asText()).isEqualTo("OrderAccepted");
            assertThat(accepted.get("order").get("accountId").asText()).isEqualTo("B-1");
            JsonNode execution = buyer.await(m -> "execution".equals(m.path("type").asText())
                    && m.path("sequence").asLong() == bought, WAIT);
            assertThat(execution.get("orderId").asText()).isEqualTo(buyId);
            assertThat(execution.get("side").asText()).isEqualTo("BUY");
            assertThat(execution.get("liquidity").asText()).isEqualTo("TAKER");
            assertThat(execution.get("quantity").asLong()).isEqualTo(50);
            JsonNode sold = seller.await(m -> "execution".equals(m.path("type").asText())
                    && m.path("sequence").asLong() == bought, WAIT);
            assertThat(sold.get("orderId").asText()).isEqualTo(sellId);
            assertThat(sold.get("liquidity").asText()).isEqualTo("MAKER");

            assertThat(buyer.messages().toString()).doesNotContain(sellId).doesNotContain("S-1");
            assertThat(seller.messages().toString()).doesNotContain(buyId).doesNotContain("B-1");
        }
    }

    @Test
    void a_missing_or_refused_credential_is_closed_with_4401_and_no_data() throws Exception {
        try (StreamClient silent = StreamClient.open(server.port(), ORDERS);
             StreamClient wrongHeader = StreamClient.open(server.port(), ORDERS, "Bearer nope");
             StreamClient wrongMessage = StreamClient.open(server.port(), ORDERS);
             StreamClient malformed = StreamClient.open(server.port(), ORDERS);
             StreamClient nodeStream = StreamClient.open(node.port(), ORDERS, "Bearer token-a")) {
            wrongMessage.send("{\"type\":\"auth\",\"token\":\"nope\"}");
            malformed.send("token-a");
            place("broker-b", "B-1", Side.BUY, 5_500, 10);

            for (StreamClient client : new StreamClient[] {silent, wrongHeader, wrongMessage, malformed, nodeStream}) {
                assertThat(client.closedWith(WAIT)).startsWith("4401 STREAM-AUTH");
                assertThat(client.messages()).isEmpty();
            }
        }
    }

    @Test
    void a_client_that_never_reads_is_dropped_and_does_not_hold_up_another() throws Exception {
        try (Socket stalled = upgradeAndNeverRead(server.port());
             StreamClient reader = StreamClient.open(server.port(), INSTRUMENT)) {
            reader.await("depth", WAIT);
            int connected = streams.connectedClients();
            long last = 0;
            int placed = 0;
            while (streams.connectedClients() == connected && placed < 20_000) {
                // Both sides ten levels deep: every depth message is about a kilobyte.
                last = placed % 2 == 0 ? place("broker-a", "S-1", Side.SELL, 6_200 + (placed % 300), 1)
                        : place("broker-b", "B-1", Side.BUY, 5_500 + (placed % 300), 1);
                placed++;
            }
            assertThat(streams.connectedClients()).as("the stalled client is dropped").isEqualTo(connected - 1);
            long lastSequence = last;
            long started = System.nanoTime();
            reader.await(m -> isDepth(m) && m.path("sequence").asLong() >= lastSequence, WAIT);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(readsToTheEnd(stalled)).as("the stalled client's connection was cut").isTrue();
            assertThat(reader.isClosed()).isFalse();
        }
    }

    /** Upgrades a raw socket with a tiny receive buffer and reads only the upgrade response. */
    private static Socket upgradeAndNeverRead(int port) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + INSTRUMENT + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\n"
                + "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: SGVsbG8sIHdvcmxkIQ==\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("no upgrade response: " + head);
            }
            head.append((char) b);
        }
        assertThat(head.toString()).startsWith("HTTP/1.1 101");
        return socket;
    }

    /** True when the server ends the connection: the rest of what it sent, then end of stream or a reset. */
    private static boolean readsToTheEnd(Socket socket) throws IOException {
        socket.setSoTimeout((int) WAIT.toMillis());
        byte[] buffer = new byte[65_536];
        try {
            while (socket.getInputStream().read(buffer) >= 0) {
                // drain
            }
            return true;
        } catch (SocketException reset) {
            return true;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        }
    }

    private static boolean isDepth(JsonNode message) {
        return "depth".equals(message.path("type").asText());
    }

    /** The quantity at a price on one side of a depth message, 0 when there is no such level. */
    private static long level(JsonNode side, long priceFen) {
        for (JsonNode level : side) {
            if (level.get("priceFen").asLong() == priceFen) {
                return level.get("quantity").asLong();
            }
        }
        return 0;
    }

    /** Places a day limit order and returns the sequence it was accepted at. */
    private long place(String member, String account, Side side, long priceFen, long quantity) throws Exception {
        return ok(member, new PlaceOrder("O-" + orders.incrementAndGet(), account, SYMBOL, side, OrderType.LIMIT,
                TimeInForce.DAY, priceFen, quantity));
    }

    private long ok(String actor, Command command) throws Exception {
        Outcome outcome = node.runner().submit(new Envelope("k-" + keys.incrementAndGet(), actor, "test", command))
                .get(10, TimeUnit.SECONDS);
        assertThat(outcome).as("%s", command).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).sequence();
    }
}
