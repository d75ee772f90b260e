package org.openets.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.MarketTime;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.registry.ProposeTransfer;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;

/**
 * The registry benchmark's workload: {@code holders} client holders in Chongqing, each with two client
 * accounts; the first gets 1,000,000 t of CQEA-2025. Every measured command is a one-command transfer
 * between a holder's two accounts (own accounts are trusted, client accounts need no second approval, and the
 * clock stands inside the 10:00–16:00 window of a working day), so it executes at once. Each holder moves a
 * fixed, seeded quantity of 1–100 t back and forth, so no transfer is refused for want of units.
 */
public final class RegistryWorkload {

    /** Tuesday 7 January 2025, 10:00 China Standard Time: a registry working day. */
    public static final long START_MILLIS = MarketTime.epochMillis(LocalDateTime.of(2025, 1, 7, 10, 0));
    private static final String UNIT = "CQEA-2025";

    private final int holders;
    private final long[] quantities;
    private final int[] moves;

    public RegistryWorkload(int holders, long seed) {
        this.holders = holders;
        this.quantities = new long[holders];
        this.moves = new int[holders];
        SplittableRandom random = new SplittableRandom(seed);
        for (int h = 0; h < holders; h++) {
            quantities[h] = 1 + random.nextInt(100);
        }
    }

    public String describe() {
        return holders + " holders x 2 client accounts (CQEA-2025, 1,000,000 t each), one-command transfers "
                + "of a seeded 1-100 t between a holder's own accounts, holders in rotation";
    }

    /** The set-up commands, applied before timing starts. */
    public void setUp(Consumer<Envelope> submit) {
        submit.accept(envelope("setup-reg", "system", new RegisterActor("bench-reg", Role.REGULATOR, "CQ")));
        for (int h = 0; h < holders; h++) {
            String trader = "bench-trader-" + h;
            submit.accept(envelope("setup-actor-" + h, "system", new RegisterActor(trader, Role.MEMBER, "CQ")));
            for (String side : List.of("A", "B")) {
                String account = account(h, side);
                submit.accept(envelope("setup-open-" + account, "system", new OpenAccount(account, AccountType.CLIENT,
                        "CQ", "BH" + h, "Benchmark holder " + h)));
                submit.accept(envelope("setup-rep-" + account, "system", new AddRepresentative(account, trader)));
            }
            submit.accept(envelope("setup-issue-" + h, "bench-reg", new IssueUnits(account(h, "A"), UNIT, 1_000_000)));
        }
    }

    /** The {@code n}-th measured transfer (from 0); deterministic in {@code n}. */
    public Envelope transfer(long n) {
        int h = (int) (n % holders);
        boolean outward = (moves[h]++ & 1) == 0;
        Command command = new ProposeTransfer("t" + n, account(h, outward ? "A" : "B"), account(h, outward ? "B" : "A"),
                UNIT, quantities[h]);
        return envelope("k" + n, "bench-trader-" + h, command);
    }

    public List<Envelope> transfers(int count) {
        List<Envelope> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(transfer(i));
        }
        return list;
    }

    private static String account(int holder, String side) {
        return "BH" + holder + "-" + side;
    }

    private static Envelope envelope(String key, String actor, Command command) {
        return new Envelope(key, actor, "bench", command);
    }
}
