package org.openets.store;

import java.util.Comparator;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;

/** One funds balance of the read model: a funds account's money in one state. */
public record FundsKey(String accountId, FundsState state) implements Comparable<FundsKey> {

    private static final Comparator<FundsKey> ORDER = Comparator.comparing(FundsKey::accountId)
            .thenComparing(FundsKey::state);

    public static FundsKey of(FundsMovement movement) {
        return new FundsKey(movement.accountId(), movement.state());
    }

    @Override
    public int compareTo(FundsKey other) {
        return ORDER.compare(this, other);
    }
}
