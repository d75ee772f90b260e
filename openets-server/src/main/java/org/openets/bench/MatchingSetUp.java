package org.openets.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openets.clearing.DepositFunds;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.exchange.ListInstrument;
import org.openets.exchange.MoveUnitsToTrading;
import org.openets.exchange.RegisterTradingAccount;
import org.openets.registry.AccountType;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * The engine commands that set up a workload's market before timing starts. One member actor sends every
 * order; each ACCOUNT line is a client account of the unified market with its own holder (so no two accounts
 * are the same beneficial owner), admitted to trading, funded, and given its units in the trading position.
 * Each INSTRUMENT line is listed on a unit code of its own, {@code CYEA-2025} for the first, then later
 * vintages and, past 2099, CCER project codes: a workload symbol need not be a registry unit code.
 */
public final class MatchingSetUp {

    /** Monday 30 November 2026, 10:00 China Standard Time: a trading day, inside the morning continuous session. */
    public static final long START_MILLIS = MarketTime.epochMillis(LocalDateTime.of(2026, 11, 30, 10, 0));
    public static final String MEMBER = "bench-member";
    static final String REGULATOR = "bench-regulator";
    private static final String JURISDICTION = "CY";
    private static final int VINTAGES = 2099 - 2025 + 1;

    /** One set-up command and the workload line it comes from (0 for the actors). */
    public record Step(int line, Envelope envelope) {
    }

    private MatchingSetUp() {
    }

    /** The registry unit an instrument trades, by the instrument's position among the INSTRUMENT lines. */
    static String unitOf(int instrumentIndex) {
        return instrumentIndex < VINTAGES ? "CYEA-" + (2025 + instrumentIndex)
                : "CCER-2025-WL" + (instrumentIndex - VINTAGES + 1);
    }

    public static List<Step> steps(Workload workload) {
        List<Step> steps = new ArrayList<>();
        add(steps, 0, Rulebook.SYSTEM_ACTOR, new RegisterActor(MEMBER, Role.MEMBER, JURISDICTION));
        add(steps, 0, Rulebook.SYSTEM_ACTOR, new RegisterActor(REGULATOR, Role.REGULATOR, JURISDICTION));
        Map<String, String> units = new HashMap<>();
        for (int i = 0; i < workload.instruments().size(); i++) {
            Workload.InstrumentLine instrument = workload.instruments().get(i);
            units.put(instrument.symbol(), unitOf(i));
            // Lot 1 t; maximum 0 = one tonne under the block-trade minimum (EXC-BLOCK-MIN-TONNES).
            add(steps, instrument.line(), Rulebook.SYSTEM_ACTOR, new ListInstrument(instrument.symbol(), unitOf(i),
                    instrument.referencePriceFen(), 1, 0));
        }
        for (int a = 0; a < workload.accounts().size(); a++) {
            Workload.AccountLine account = workload.accounts().get(a);
            String id = account.accountId();
            int line = account.line();
            add(steps, line, Rulebook.SYSTEM_ACTOR, new OpenAccount(id, AccountType.CLIENT, JURISDICTION,
                    "WH" + (a + 1), "Workload holder " + (a + 1)));
            add(steps, line, Rulebook.SYSTEM_ACTOR, new RegisterTradingAccount(id, MEMBER));
            if (account.fundsFen() != 0) {
                add(steps, line, Rulebook.SYSTEM_ACTOR, new DepositFunds(id, account.fundsFen(), "workload funds"));
            }
            for (Workload.Holding holding : account.holdings()) {
                if (holding.units() != 0) {
                    String unit = units.get(holding.symbol());
                    add(steps, line, REGULATOR, new IssueUnits(id, unit, holding.units()));
                    add(steps, line, MEMBER, new MoveUnitsToTrading(id, unit, holding.units()));
                }
            }
        }
        return steps;
    }

    private static void add(List<Step> steps, int line, String actor, Command command) {
        steps.add(new Step(line, new Envelope("setup-" + (steps.size() + 1), actor, "bench", command)));
    }

    /** Applies every step; a refused step stops the run, naming its line: the market would not be the one asked for. */
    public static void apply(List<Step> steps, Function<Envelope, Outcome> engine) {
        for (Step step : steps) {
            check(step, engine.apply(step.envelope()));
        }
    }

    static void check(Step step, Outcome outcome) {
        if (!(outcome instanceof Outcome.Accepted)) {
            String detail = outcome instanceof Outcome.Rejected r
                    ? r.rejection().rule() + " (" + r.rejection().code() + "): " + r.rejection().message()
                    : outcome.toString();
            throw new IllegalStateException((step.line() == 0 ? "set-up" : "set-up of line " + step.line()) + ": "
                    + step.envelope().command() + " refused by " + detail);
        }
    }
}
