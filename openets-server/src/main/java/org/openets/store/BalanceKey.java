package org.openets.store;

import java.util.Comparator;
import org.openets.core.Movement;
import org.openets.core.Position;

/** One balance of the read model: an account's quantity of one unit type in one position. */
public record BalanceKey(String accountId, String unit, Position position) implements Comparable<BalanceKey> {

    private static final Comparator<BalanceKey> ORDER = Comparator.comparing(BalanceKey::accountId)
            .thenComparing(BalanceKey::unit).thenComparing(BalanceKey::position);

    public static BalanceKey of(Movement movement) {
        return new BalanceKey(movement.accountId(), movement.unit(), movement.position());
    }

    @Override
    public int compareTo(BalanceKey other) {
        return ORDER.compare(this, other);
    }
}
