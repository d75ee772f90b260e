package org.openets.bench;

import java.util.List;
import org.openets.core.Command;
import org.openets.exchange.CancelOrder;
import org.openets.exchange.MoveOrder;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.ReduceOrder;

/**
 * A matching workload in the OpenETS workload v1 form: the instruments and accounts to set up before timing,
 * then the order lines to time, each as the engine command it maps to and with its line number for reports.
 */
public record Workload(String description, List<InstrumentLine> instruments, List<AccountLine> accounts,
                       List<OrderLine> orders) {

    public Workload {
        instruments = List.copyOf(instruments);
        accounts = List.copyOf(accounts);
        orders = List.copyOf(orders);
    }

    /** {@code INSTRUMENT,<symbol>,<reference price, fen>}: the price band is fixed around this price. */
    public record InstrumentLine(int line, String symbol, long referencePriceFen) {
    }

    /** {@code ACCOUNT,<account id>,<funds, fen>[,<symbol>:<units>]...}. */
    public record AccountLine(int line, String accountId, long fundsFen, List<Holding> holdings) {
        public AccountLine {
            holdings = List.copyOf(holdings);
        }
    }

    public record Holding(String symbol, long units) {
    }

    /**
     * A PLACE, MOVE, REDUCE or CANCEL line as a {@link PlaceOrder}, {@link MoveOrder}, {@link ReduceOrder} or
     * {@link CancelOrder}.
     */
    public record OrderLine(int line, Command command) {
    }

    /** Order lines by kind, in the order PLACE, MOVE, REDUCE, CANCEL. */
    public long[] countsByKind() {
        long[] counts = new long[4];
        for (OrderLine order : orders) {
            counts[kindOf(order.command())]++;
        }
        return counts;
    }

    static int kindOf(Command command) {
        if (command instanceof PlaceOrder) {
            return 0;
        } else if (command instanceof MoveOrder) {
            return 1;
        } else if (command instanceof ReduceOrder) {
            return 2;
        } else if (command instanceof CancelOrder) {
            return 3;
        }
        throw new IllegalArgumentException("not an order line: " + command);
    }
}
