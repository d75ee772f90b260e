package org.openets.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openets.clearing.DepositFunds;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.engine.StandardEngine;
import org.openets.exchange.Exchange;
import org.openets.exchange.ListInstrument;
import org.openets.exchange.MoveUnitsToTrading;
import org.openets.exchange.OrderView;
import org.openets.exchange.RegisterTradingAccount;
import org.openets.journal.FileJournal;
import org.openets.journal.FileSnapshotStore;
import org.openets.registry.AccountType;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.runtime.EngineRunner;
import org.openets.runtime.RunnerSettings;

/**
 * A listed market on a real engine runner with a file journal, at Monday 2026-11-30 10:00 CST (continuous
 * trading), with the FIX gateway on a free loopback port. Two members trade: {@code mem-a} for account
 * {@code ACC-A} (holder HA) and {@code mem-b} for {@code ACC-B} (holder HB); each account holds CNY 1,000,000 and
 * 10,000 t of SCEA-2025 in its trading position. Instrument {@code SCEA} has reference price CNY 50.00, so
 * today's band is 45.00 to 55.00.
 */
final class FixMarket implements AutoCloseable {

    static final String SYMBOL = "SCEA";
    static final String UNIT = "SCEA-2025";
    static final String MEMBER_A = "mem-a";
    static final String MEMBER_B = "mem-b";
    static final String ACCOUNT_A = "ACC-A";
    static final String ACCOUNT_B = "ACC-B";
    static final String PASSWORD_A = "correct horse";
    static final String PASSWORD_B = "battery staple";
    static final long MONDAY_10AM = MarketTime.epochMillis(LocalDateTime.of(2026, 11, 30, 10, 0));

    private static int clients;

    final FileJournal journal;
    final EngineRunner runner;
    final Path credentials;
    FixGateway gateway;
    private int keys;

    private FixMarket(Path dir) throws IOException {
        journal = FileJournal.open(dir.resolve("journal"));
        runner = new EngineRunner(StandardEngine.create(), journal, new FileSnapshotStore(dir.resolve("snapshots")),
                () -> MONDAY_10AM, RunnerSettings.defaults()).start();
        credentials = dir.resolve("fix-credentials");
        // Few iterations: the tests check the scheme, not its cost.
        Files.writeString(credentials, "# FIX members\n" + FixCredentials.line(MEMBER_A, PASSWORD_A, 1_000) + "\n"
                + FixCredentials.line(MEMBER_B, PASSWORD_B, 1_000) + "\n");
    }

    static FixMarket open(Path dir) throws Exception {
        FixMarket market = new FixMarket(dir);
        market.list();
        market.startGateway();
        return market;
    }

    private void list() throws Exception {
        ok("system", new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        for (String[] member : List.of(new String[] {MEMBER_A, ACCOUNT_A, "HA"},
                new String[] {MEMBER_B, ACCOUNT_B, "HB"})) {
            ok("system", new RegisterActor(member[0], Role.MEMBER, "SC"));
            ok("system", new OpenAccount(member[1], AccountType.MEMBER_TRADING, "SC", member[2], "Holder " + member[2]));
            ok("reg-sc", new IssueUnits(member[1], UNIT, 10_000));
            ok("system", new RegisterTradingAccount(member[1], member[0]));
            ok("system", new DepositFunds(member[1], 100_000_000, "deposit-" + member[1]));
        }
        ok("system", new ListInstrument(SYMBOL, UNIT, 5_000, 1, 0));
        ok("system", new MoveUnitsToTrading(ACCOUNT_A, UNIT, 10_000));
        ok("system", new MoveUnitsToTrading(ACCOUNT_B, UNIT, 10_000));
    }

    void startGateway() throws IOException {
        gateway = FixGateway.start(runner, () -> MONDAY_10AM, "127.0.0.1", 0,
                FixCredentials.load(credentials));
    }

    /** A member's session under a SenderCompID no other test has used, logging on. */
    FixClient connect(String member, String password) throws Exception {
        return FixClient.connect(gateway.port(), nextCompId(member), member, password);
    }

    static synchronized String nextCompId(String member) {
        return member.toUpperCase() + "-" + (++clients);
    }

    /** Submits a command as {@code actor}, as another gateway would, and waits until it is durable. */
    Outcome submit(String actor, Command command) throws Exception {
        return runner.submit(new Envelope("test-" + (++keys), actor, "test", command)).get(10, TimeUnit.SECONDS);
    }

    void ok(String actor, Command command) throws Exception {
        assertThat(submit(actor, command)).as("%s by %s", command, actor).isInstanceOf(Outcome.Accepted.class);
    }

    List<OrderView> restingOrders() throws Exception {
        return runner.query(e -> e.context(Exchange.class).openOrders(null)).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        if (gateway != null) {
            gateway.close();
        }
        runner.close();
        journal.close();
    }
}
