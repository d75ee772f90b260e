package org.openets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.api.Json;

/**
 * {@code openets bench matching} on a hand-checked workload file: what it trades, what rests at the end and
 * which lines it rejects, by rule; and the same stream in memory and through the durable journal.
 */
class MatchingBenchCommandTest {

    /**
     * Band of CEA (reference 10,000 fen): 9,000..11,000; of XB (10,005): ceil(9,004.5) = 9,005 .. floor(11,005.5) =
     * 11,005. Comments give what each line should do.
     */
    private static final String WORKLOAD = """
            # OpenETS workload v1: one record a line, comma-separated; '#' starts a comment
            INSTRUMENT,CEA,10000
            INSTRUMENT,XB,10005
            ACCOUNT,A,1000000,CEA:200000,XB:100
            ACCOUNT,B,100000000
            ACCOUNT,C,0,CEA:500
            ACCOUNT,D,100000000
            PLACE,a1,A,CEA,SELL,GTC,10100,100   # rests: asks 10100 [a1 100]
            PLACE,a2,A,CEA,SELL,GTC,10100,50    # asks 10100 [a1 100, a2 50]
            PLACE,c1,C,CEA,SELL,GTC,10200,80    # asks 10200 [c1 80]
            PLACE,b1,B,CEA,BUY,GTC,9900,40      # bids 9900 [b1 40]
            PLACE,d1,D,CEA,BUY,GTC,9900,30      # bids 9900 [b1 40, d1 30]
            MOVE,a1,10100                       # same price, back of the queue: 10100 [a2 50, a1 100]
            REDUCE,b1,10                        # keeps its place: 9900 [b1 30, d1 30]
            PLACE,b2,B,CEA,BUY,IOC,10100,70     # trades a2 50, then a1 20
            PLACE,b3,B,CEA,BUY,IOC,10150,100    # trades a1 80; 10200 is beyond its limit: 20 cancelled
            PLACE,d2,D,CEA,BUY,FOK,10200,100    # only 80 on offer up to 10200: does nothing
            PLACE,d3,D,CEA,BUY,FOK,10200,80     # fills c1 80 at 10200
            PLACE,c2,C,CEA,SELL,GTC,9800,50     # trades b1 30 then d1 20 at 9900; d1 keeps 10
            PLACE,a1,A,CEA,SELL,GTC,10100,10    # line 20: order id used before
            CANCEL,a1                           # line 21: a1 is filled, not resting
            MOVE,zz,10000                       # line 22: no such order
            REDUCE,b3,5                         # line 23: an IOC order never rests
            PLACE,e1,A,CEA,SELL,GTC,11001,10    # line 24: above the band
            PLACE,e2,A,CEA,SELL,GTC,11000,10    # the top of the band: rests
            PLACE,e3,B,CEA,BUY,GTC,9000,100000  # line 26: 100,000 t is a block trade, not a listed order
            PLACE,e4,B,CEA,BUY,GTC,8999,10      # line 27: below the band
            PLACE,x1,A,XB,SELL,GTC,11005,10     # rests
            PLACE,x2,A,XB,SELL,GTC,11006,10     # line 29: above the band
            PLACE,x3,B,XB,BUY,GTC,9004,10       # line 30: below the band
            PLACE,x4,B,XB,BUY,GTC,9005,10       # rests
            CANCEL,x4
            REDUCE,d1,10                        # all of its open quantity: removed
            MOVE,e2,11001                       # line 34: a move out of the band
            PLACE,e5,A,CEA,SELL,GTC,10000,99999 # the largest listed order: rests
            PLACE,e6,A,CEA,BUY,GTC,10000,5      # would trade with A's own e5: cancelled (self-trade)
            PLACE,d4,D,CEA,BUY,DAY,9950,5       # rests
            PLACE,b4,B,CEA,SELL,GTC,10500,10    # line 38: B bought its 150 t today (T+1)
            """;

    private static final String TRADES = """
            1,CEA,b2,a2,10100,50
            2,CEA,b2,a1,10100,20
            3,CEA,b3,a1,10100,80
            4,CEA,d3,c1,10200,80
            5,CEA,c2,b1,9900,30
            6,CEA,c2,d1,9900,20
            """;

    private static final String BOOK = """
            CEA,BUY,9950,d4,5
            CEA,SELL,10000,e5,99999
            CEA,SELL,11000,e2,10
            XB,SELL,11005,x1,10
            """;

    @TempDir
    Path dir;

    @Test
    void a_workload_file_gives_the_hand_checked_trades_book_and_rejects() throws Exception {
        Path workload = write("workload.txt", WORKLOAD);

        ConsoleCapture.Run run = ConsoleCapture.main("bench", "matching", "--workload", workload.toString(),
                "--rounds", "1", "--trades-out", dir.resolve("trades.csv").toString(),
                "--book-out", dir.resolve("book.csv").toString(),
                "--rejects-out", dir.resolve("rejects.csv").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(read("trades.csv")).isEqualTo(TRADES);
        assertThat(read("book.csv")).isEqualTo(BOOK);
        assertThat(read("rejects.csv").lines().map(l -> l.split(",")[0] + "," + l.split(",")[1]))
                .containsExactly("20,EXC-ORDER-ID-UNIQUE", "21,EXC-ORDER-KNOWN", "22,EXC-ORDER-KNOWN",
                        "23,EXC-ORDER-KNOWN", "24,EXC-PRICE-LIMIT-LISTED-BPS", "26,EXC-BLOCK-MIN-TONNES",
                        "27,EXC-PRICE-LIMIT-LISTED-BPS", "29,EXC-PRICE-LIMIT-LISTED-BPS",
                        "30,EXC-PRICE-LIMIT-LISTED-BPS", "34,EXC-PRICE-LIMIT-LISTED-BPS", "38,EXC-HOLDING-T-PLUS-1");
        assertThat(run.out()).contains("order lines   31 (PLACE 23, MOVE 3, REDUCE 3, CANCEL 2)",
                "accepted 20, rejected 11", "rejected by EXC-ORDER-KNOWN (3002 UNKNOWN_ORDER): 3",
                "line 20  PLACE,a1,A,CEA,SELL,GTC,10100,10  -> EXC-ORDER-ID-UNIQUE");
    }

    @Test
    void json_has_the_rate_of_all_order_lines_and_the_rejects_and_cancellations_by_reason() throws Exception {
        Path workload = write("workload.txt", WORKLOAD);

        ConsoleCapture.Run run = ConsoleCapture.main("bench", "matching", "--workload", workload.toString(),
                "--rounds", "1", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.MAPPER.readTree(run.out());
        assertThat(json.get("orders_per_s").isIntegralNumber()).isTrue();
        assertThat(json.get("orders_per_s").asLong()).isPositive();
        assertThat(json.get("orders_per_s").asLong()).isEqualTo(json.get("in_memory").get("orders_per_s").asLong());
        assertThat(json.get("order_lines").asLong()).isEqualTo(31);
        assertThat(json.get("rejected").asLong()).isEqualTo(11);
        assertThat(counts(json.get("rejects"))).isEqualTo(Map.of("EXC-ORDER-ID-UNIQUE", 1L, "EXC-ORDER-KNOWN", 3L,
                "EXC-PRICE-LIMIT-LISTED-BPS", 5L, "EXC-BLOCK-MIN-TONNES", 1L, "EXC-HOLDING-T-PLUS-1", 1L));
        assertThat(counts(json.get("cancellations"))).isEqualTo(Map.of("IOC_REMAINDER", 1L, "FOK_UNFILLED", 1L,
                "REQUESTED", 1L, "REDUCED", 1L, "SELF_TRADE", 1L));
        assertThat(json.get("trades").asLong()).isEqualTo(6);
        assertThat(json.get("traded_tonnes").asLong()).isEqualTo(280);
        assertThat(json.get("resting_orders").asLong()).isEqualTo(4);
        assertThat(json.get("in_memory").get("latency_ns").get("count").asLong()).isEqualTo(31);
        assertThat(json.get("in_memory").get("orders_per_s_by_tenth")).hasSize(10);
        assertThat(json.get("in_memory").get("orders_per_cpu_s").asLong()).isPositive();
        assertThat(json.has("durable")).isFalse();
    }

    @Test
    void a_durable_run_gives_the_same_trades_and_book_as_the_in_memory_run() throws Exception {
        Path workload = dir.resolve("seeded.txt");
        ConsoleCapture.Run generated = ConsoleCapture.main("bench", "matching", "--orders", "20000", "--accounts", "50",
                "--instruments", "2", "--rounds", "1", "--latency-rate", "0", "--write-workload", workload.toString(),
                "--json");
        assertThat(generated.exitCode()).isZero();
        assertThat(Json.MAPPER.readTree(generated.out()).get("durable").get("state_hash_matches_in_memory").asBoolean())
                .isTrue();

        ConsoleCapture.Run inMemory = ConsoleCapture.main("bench", "matching", "--workload", workload.toString(),
                "--rounds", "1", "--trades-out", dir.resolve("memory-trades.csv").toString(),
                "--book-out", dir.resolve("memory-book.csv").toString());
        ConsoleCapture.Run durable = ConsoleCapture.main("bench", "matching", "--workload", workload.toString(),
                "--durable", "--latency-orders", "2000", "--dir", dir.resolve("journals").toString(),
                "--trades-out", dir.resolve("durable-trades.csv").toString(),
                "--book-out", dir.resolve("durable-book.csv").toString(), "--json");

        assertThat(inMemory.exitCode()).isZero();
        assertThat(durable.exitCode()).isZero();
        String trades = read("memory-trades.csv");
        assertThat(trades.lines().count()).isGreaterThan(1_000);
        assertThat(read("durable-trades.csv")).isEqualTo(trades);
        assertThat(read("memory-book.csv")).isNotEmpty();
        assertThat(read("durable-book.csv")).isEqualTo(read("memory-book.csv"));
        JsonNode json = Json.MAPPER.readTree(durable.out());
        assertThat(json.has("in_memory")).isFalse();
        assertThat(json.get("orders_per_s").asLong()).isEqualTo(json.get("durable").get("orders_per_s").asLong());
        assertThat(json.get("durable").get("latency_us").get("count").asLong()).isEqualTo(20_000);
        assertThat(json.get("durable").get("paced_latency_us").get("count").asLong()).isEqualTo(2_000);
        assertThat(json.get("durable").get("paced_achieved_per_s").asLong()).isPositive();
    }

    @Test
    void a_garbled_line_stops_the_run_before_anything_is_timed() throws Exception {
        Path workload = write("bad.txt", """
                INSTRUMENT,CEA,10000
                ACCOUNT,A,100
                PLACE,a1,A,CEA,SELL,GTC,10.5,100
                """);

        assertThat(ConsoleCapture.main("bench", "matching", "--workload", workload.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void a_refused_set_up_line_stops_the_run() throws Exception {
        Path workload = write("twice.txt", """
                INSTRUMENT,CEA,10000
                ACCOUNT,A,100
                ACCOUNT,A,100
                """);

        assertThat(ConsoleCapture.main("bench", "matching", "--workload", workload.toString()).exitCode()).isEqualTo(1);
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new TreeMap<>();
        node.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String read(String name) throws Exception {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }
}
