package org.openets.registry;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.Position;

/** The movements of the two common shapes of unit-moving event. */
final class Moves {

    private Moves() {
    }

    static List<Movement> within(String accountId, String unit, Position from, Position to, long quantity) {
        return List.of(new Movement(accountId, unit, from, -quantity), new Movement(accountId, unit, to, quantity));
    }

    static List<Movement> between(String fromAccount, Position from, String toAccount, String unit, long quantity) {
        return List.of(new Movement(fromAccount, unit, from, -quantity),
                new Movement(toAccount, unit, Position.AVAILABLE, quantity));
    }
}
