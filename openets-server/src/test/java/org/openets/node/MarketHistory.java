package org.openets.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.registry.AccountType;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;

/**
 * A deterministic registry history of any length for node-level tests: a Chongqing regulator, then accounts
 * opened and units issued into them in turn. Every command is accepted, so command {@code n} (from 0) gets
 * sequence {@code n + 1} on an empty node.
 */
public final class MarketHistory {

    public static final String UNIT = "CQEA-2025";
    public static final String REGULATOR = "history-reg";

    private MarketHistory() {
    }

    public static List<Envelope> commands(int count) {
        List<Envelope> list = new ArrayList<>(count);
        list.add(new Envelope("h-0", "system", "test", new RegisterActor(REGULATOR, Role.REGULATOR, "CQ")));
        for (int n = 1; n < count; n++) {
            int account = (n + 1) / 2;
            list.add(n % 2 == 1
                    ? new Envelope("h-" + n, "system", "test", new OpenAccount(accountId(account), AccountType.CLIENT,
                            "CQ", "HH" + account, "History holder " + account))
                    : new Envelope("h-" + n, REGULATOR, "test", new IssueUnits(accountId(account), UNIT, 10L * n)));
        }
        return list;
    }

    /** Submits the commands in order without waiting for each, then waits for all to be durable. */
    public static void submitAll(Node node, List<Envelope> commands) throws Exception {
        List<CompletableFuture<Outcome>> replies = new ArrayList<>();
        for (Envelope envelope : commands) {
            replies.add(node.runner().submit(envelope));
        }
        for (CompletableFuture<Outcome> reply : replies) {
            assertThat(reply.get(10, TimeUnit.SECONDS)).isInstanceOf(Outcome.Accepted.class);
        }
    }

    private static String accountId(int n) {
        return "HIST-" + n;
    }
}
