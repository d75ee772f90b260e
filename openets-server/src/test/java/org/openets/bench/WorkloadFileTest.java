package org.openets.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.exchange.CancelOrder;
import org.openets.exchange.MoveOrder;
import org.openets.exchange.OrderType;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.ReduceOrder;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;

/** The workload v1 format: what each line becomes, and which lines stop a run. */
class WorkloadFileTest {

    @Test
    void each_record_becomes_its_set_up_line_or_engine_command_with_its_line_number() throws Exception {
        Workload w = read("""
                # a comment line
                PLACE,o1,A,CEA,BUY,FOK,10000,5   # set-up lines may come after order lines
                INSTRUMENT,CEA,10000

                ACCOUNT,A,500,CEA:20
                MOVE,o1,10001
                REDUCE,o1,2
                CANCEL,o1
                """);

        assertThat(w.instruments()).containsExactly(new Workload.InstrumentLine(3, "CEA", 10_000));
        assertThat(w.accounts()).containsExactly(new Workload.AccountLine(5, "A", 500,
                List.of(new Workload.Holding("CEA", 20))));
        assertThat(w.orders()).containsExactly(
                new Workload.OrderLine(2, new PlaceOrder("o1", "A", "CEA", Side.BUY, OrderType.LIMIT, TimeInForce.FOK,
                        10_000, 5)),
                new Workload.OrderLine(6, new MoveOrder("o1", 10_001)),
                new Workload.OrderLine(7, new ReduceOrder("o1", 2)),
                new Workload.OrderLine(8, new CancelOrder("o1")));
        assertThat(w.countsByKind()).containsExactly(1, 1, 1, 1);
    }

    @Test
    void a_written_workload_reads_back_as_the_same_stream() throws Exception {
        Workload generated = WorkloadGenerator.generate(new WorkloadGenerator.Settings(7, 2_000, 20, 3));
        StringWriter text = new StringWriter();

        WorkloadFile.write(generated, text);
        Workload read = WorkloadFile.read(new StringReader(text.toString()), "generated");

        assertThat(text.toString()).startsWith(WorkloadFile.HEADER + "\n");
        assertThat(read.instruments()).isEqualTo(generated.instruments());
        assertThat(read.accounts()).isEqualTo(generated.accounts());
        assertThat(read.orders()).isEqualTo(generated.orders());
    }

    @Test
    void a_line_that_does_not_follow_the_format_is_named_with_its_number() {
        assertError("INSTRUMENT,CEA,10000\nPLACE,o1,A,CEA,BUY,GTC,10000\n", "t, line 2: expected PLACE");
        assertError("INSTRUMENT,CEA,ten\n", "t, line 1: reference price must be a whole number, got 'ten'");
        assertError("PLACE,o1,A,CEA,HOLD,GTC,10000,5\n", "t, line 1: side must be BUY or SELL, got 'HOLD'");
        assertError("PLACE,o1,A,CEA,BUY,GTD,10000,5\n", "t, line 1: time in force must be GTC, DAY, IOC or FOK");
        assertError("AMEND,o1,5\n", "t, line 1: unknown record 'AMEND'");
        assertError("ACCOUNT,A,1,CEA=5\n", "t, line 1: holding 'CEA=5' is not <symbol>:<units>");
        assertError("INSTRUMENT,CEA,1\nACCOUNT,A,1,CEA:5,CEA:6\n", "t, line 2: holding of CEA given twice");
        assertError("ACCOUNT,A,1,XB:5\nINSTRUMENT,CEA,1\n", "t, line 1: holding of XB, which no INSTRUMENT line lists");
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> WorkloadFile.read(new StringReader(text), "t"))
                .isInstanceOf(WorkloadFormatException.class).hasMessageStartingWith(message);
    }

    private static Workload read(String text) throws Exception {
        return WorkloadFile.read(new StringReader(text), "t");
    }
}
