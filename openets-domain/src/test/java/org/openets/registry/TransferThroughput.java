package org.openets.registry;

import java.time.LocalDateTime;
import org.openets.core.Envelope;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * A quick, non-test measure of one-command transfers between two member accounts of one holder through
 * {@link Engine#apply}; run its main method by hand. The JMH benchmarks in openets-bench give the real figures.
 */
public final class TransferThroughput {

    private TransferThroughput() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        for (int round = 0; round < 5; round++) {
            Engine engine = StandardEngine.create();
            long now = MarketTime.epochMillis(LocalDateTime.of(2025, 3, 4, 10, 30));
            engine.apply(now, new Envelope("a", Rulebook.SYSTEM_ACTOR, "bench",
                    new RegisterActor("rep", Role.MEMBER, "SC")));
            engine.apply(now, new Envelope("r", Rulebook.SYSTEM_ACTOR, "bench",
                    new RegisterActor("reg", Role.REGULATOR, "SC")));
            for (String account : new String[] {"A", "B"}) {
                engine.apply(now, new Envelope("o" + account, Rulebook.SYSTEM_ACTOR, "bench",
                        new OpenAccount(account, AccountType.MEMBER_TRADING, "SC", "H", "Holder")));
                engine.apply(now, new Envelope("p" + account, Rulebook.SYSTEM_ACTOR, "bench",
                        new AddRepresentative(account, "rep")));
            }
            engine.apply(now, new Envelope("i", "reg", "bench", new IssueUnits("A", "SCEA-2025", 1_000_000)));
            engine.apply(now, new Envelope("j", "reg", "bench", new IssueUnits("B", "SCEA-2025", 1_000_000)));
            Envelope[] envelopes = new Envelope[count];
            for (int i = 0; i < count; i++) {
                boolean even = (i & 1) == 0;
                envelopes[i] = new Envelope("k" + i, "rep", "bench", new ProposeTransfer("T" + i, even ? "A" : "B",
                        even ? "B" : "A", "SCEA-2025", 10));
            }
            long started = System.nanoTime();
            for (Envelope envelope : envelopes) {
                if (!(engine.apply(now, envelope) instanceof Outcome.Accepted)) {
                    throw new IllegalStateException("rejected: " + engine.apply(now, envelope));
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("round %d: %,d transfers in %.2f s = %,.0f applies/s%n", round, count, seconds,
                    count / seconds);
        }
    }
}
