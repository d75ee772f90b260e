package org.openets.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openets.core.Command;
import org.openets.exchange.CancelOrder;
import org.openets.exchange.MoveOrder;
import org.openets.exchange.OrderType;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.ReduceOrder;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;

/**
 * Reads and writes the OpenETS workload v1 format, so that other matching engines can run the same stream:
 * <pre>
 * # OpenETS workload v1: one record a line, comma-separated; '#' starts a comment
 * INSTRUMENT,&lt;symbol&gt;,&lt;reference price, fen&gt;
 * ACCOUNT,&lt;account id&gt;,&lt;funds, fen&gt;[,&lt;symbol&gt;:&lt;units&gt;]...
 * PLACE,&lt;order id&gt;,&lt;account id&gt;,&lt;symbol&gt;,&lt;BUY|SELL&gt;,&lt;GTC|DAY|IOC|FOK&gt;,
 *       &lt;limit price, fen&gt;,&lt;quantity, t&gt;      (one line in the file)
 * MOVE,&lt;order id&gt;,&lt;new limit price, fen&gt;
 * REDUCE,&lt;order id&gt;,&lt;quantity to take off, t&gt;
 * CANCEL,&lt;order id&gt;
 * </pre>
 * Set-up lines (INSTRUMENT, ACCOUNT) may stand anywhere; all of them are applied before the first order line.
 * A line that does not have this shape (an unknown record, a missing field, a number that is not a whole
 * number) stops the run naming the line: a garbled file must not yield figures. Values the market refuses,
 * such as a price out of band or a quantity of 0, are well-formed: the engine rejects those lines.
 */
public final class WorkloadFile {

    public static final String HEADER =
            "# OpenETS workload v1: one record a line, comma-separated; '#' starts a comment";

    private final String source;
    private final List<Workload.InstrumentLine> instruments = new ArrayList<>();
    private final List<Workload.AccountLine> accounts = new ArrayList<>();
    private final List<Workload.OrderLine> orders = new ArrayList<>();
    private int line;

    private WorkloadFile(String source) {
        this.source = source;
    }

    public static Workload read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static Workload read(Reader reader, String source) throws IOException {
        WorkloadFile parser = new WorkloadFile(source);
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            parser.line++;
            parser.parse(text);
        }
        parser.checkHoldings();
        return new Workload("file " + source, parser.instruments, parser.accounts, parser.orders);
    }

    private void parse(String text) {
        int comment = text.indexOf('#');
        String content = (comment < 0 ? text : text.substring(0, comment)).strip();
        if (content.isEmpty()) {
            return;
        }
        String[] f = content.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        switch (f[0]) {
            case "INSTRUMENT" -> {
                fields(f, 3, "INSTRUMENT,<symbol>,<reference price, fen>");
                instruments.add(new Workload.InstrumentLine(line, f[1], number(f[2], "reference price")));
            }
            case "ACCOUNT" -> account(f);
            case "PLACE" -> {
                fields(f, 8, "PLACE,<order id>,<account id>,<symbol>,<BUY|SELL>,<GTC|DAY|IOC|FOK>,<price>,<quantity>");
                order(new PlaceOrder(f[1], f[2], f[3], side(f[4]), OrderType.LIMIT, timeInForce(f[5]),
                        number(f[6], "limit price"), number(f[7], "quantity")));
            }
            case "MOVE" -> {
                fields(f, 3, "MOVE,<order id>,<new limit price, fen>");
                order(new MoveOrder(f[1], number(f[2], "new limit price")));
            }
            case "REDUCE" -> {
                fields(f, 3, "REDUCE,<order id>,<quantity to take off, t>");
                order(new ReduceOrder(f[1], number(f[2], "quantity to take off")));
            }
            case "CANCEL" -> {
                fields(f, 2, "CANCEL,<order id>");
                order(new CancelOrder(f[1]));
            }
            default -> throw error("unknown record '" + f[0]
                    + "'; expected INSTRUMENT, ACCOUNT, PLACE, MOVE, REDUCE or CANCEL");
        }
    }

    private void account(String[] f) {
        if (f.length < 3) {
            throw error("expected ACCOUNT,<account id>,<funds, fen>[,<symbol>:<units>]...");
        }
        List<Workload.Holding> holdings = new ArrayList<>();
        Set<String> symbols = new HashSet<>();
        for (int i = 3; i < f.length; i++) {
            int colon = f[i].indexOf(':');
            if (colon <= 0) {
                throw error("holding '" + f[i] + "' is not <symbol>:<units>");
            }
            String symbol = f[i].substring(0, colon);
            if (!symbols.add(symbol)) {
                throw error("holding of " + symbol + " given twice");
            }
            holdings.add(new Workload.Holding(symbol, number(f[i].substring(colon + 1), "units of " + symbol)));
        }
        accounts.add(new Workload.AccountLine(line, f[1], number(f[2], "funds"), holdings));
    }

    private void order(Command command) {
        orders.add(new Workload.OrderLine(line, command));
    }

    /** Every holding names an instrument of the file, wherever its INSTRUMENT line stands. */
    private void checkHoldings() {
        Set<String> symbols = new HashSet<>();
        instruments.forEach(i -> symbols.add(i.symbol()));
        for (Workload.AccountLine account : accounts) {
            for (Workload.Holding holding : account.holdings()) {
                if (!symbols.contains(holding.symbol())) {
                    line = account.line();
                    throw error("holding of " + holding.symbol() + ", which no INSTRUMENT line lists");
                }
            }
        }
    }

    private void fields(String[] f, int count, String shape) {
        if (f.length != count) {
            throw error("expected " + shape + " (" + count + " fields), got " + f.length + " fields");
        }
    }

    private long number(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error(what + " must be a whole number, got '" + text + "'");
        }
    }

    private Side side(String text) {
        return switch (text) {
            case "BUY" -> Side.BUY;
            case "SELL" -> Side.SELL;
            default -> throw error("side must be BUY or SELL, got '" + text + "'");
        };
    }

    private TimeInForce timeInForce(String text) {
        return switch (text) {
            case "GTC" -> TimeInForce.GTC;
            case "DAY" -> TimeInForce.DAY;
            case "IOC" -> TimeInForce.IOC;
            case "FOK" -> TimeInForce.FOK;
            default -> throw error("time in force must be GTC, DAY, IOC or FOK, got '" + text + "'");
        };
    }

    private WorkloadFormatException error(String message) {
        return new WorkloadFormatException(source, line, message);
    }

    // ---- writing ----

    public static void write(Workload workload, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(workload, out);
        }
    }

    public static void write(Workload workload, Writer out) throws IOException {
        out.write(HEADER + "\n");
        out.write("# " + workload.description() + "\n");
        for (Workload.InstrumentLine i : workload.instruments()) {
            out.write("INSTRUMENT," + i.symbol() + "," + i.referencePriceFen() + "\n");
        }
        for (Workload.AccountLine a : workload.accounts()) {
            StringBuilder text = new StringBuilder("ACCOUNT,").append(a.accountId()).append(',').append(a.fundsFen());
            a.holdings().forEach(h -> text.append(',').append(h.symbol()).append(':').append(h.units()));
            out.write(text.append('\n').toString());
        }
        for (Workload.OrderLine order : workload.orders()) {
            out.write(text(order.command()));
            out.write('\n');
        }
    }

    /** An order line as it stands in a workload file. */
    public static String text(Command command) {
        if (command instanceof PlaceOrder p) {
            return "PLACE," + p.orderId() + "," + p.accountId() + "," + p.symbol() + "," + p.side() + ","
                    + p.timeInForce() + "," + p.priceFen() + "," + p.quantity();
        } else if (command instanceof MoveOrder m) {
            return "MOVE," + m.orderId() + "," + m.priceFen();
        } else if (command instanceof ReduceOrder r) {
            return "REDUCE," + r.orderId() + "," + r.quantity();
        } else if (command instanceof CancelOrder c) {
            return "CANCEL," + c.orderId();
        }
        throw new IllegalArgumentException("not an order line: " + command);
    }
}
