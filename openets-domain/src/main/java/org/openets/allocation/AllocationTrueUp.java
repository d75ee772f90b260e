package org.openets.allocation;

import java.util.ArrayList;
import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.registry.SerialBlock;

/**
 * An entity's final allocation of {@code year} and the true-up (多退少补): {@code methodTonnes} by its method,
 * less the cut ({@code cutBps}, applied first) and the deductions, 0 for a key emitter ({@code keyEmitter});
 * {@code deliveredTonnes} from the pool when the final exceeds what the entity received so far, otherwise
 * {@code clawedBackTonnes} from its available units and {@code outstandingTonnes} it no longer holds.
 * {@code gasTopUpTonnes} and {@code gapCapTopUpTonnes} are the power top-ups within {@code methodTonnes}.
 */
public record AllocationTrueUp(String jurisdiction, int year, String entityId, String unit, AllocationMethod method,
                               boolean keyEmitter, long methodTonnes, long gasTopUpTonnes, long gapCapTopUpTonnes,
                               long cutBps, long deductedTonnes, long finalTonnes, long previouslyNetTonnes,
                               long deliveredTonnes, long clawedBackTonnes, long outstandingTonnes,
                               String issuanceAccountId, String holdingAccountId, List<SerialBlock> blocks)
        implements MovesUnits {
    @Override
    public List<Movement> movements() {
        List<Movement> movements = new ArrayList<>();
        if (deliveredTonnes > 0) {
            movements.add(new Movement(issuanceAccountId, unit, Position.AVAILABLE, -deliveredTonnes));
            movements.add(new Movement(holdingAccountId, unit, Position.AVAILABLE, deliveredTonnes));
        }
        if (clawedBackTonnes > 0) {
            movements.add(new Movement(holdingAccountId, unit, Position.AVAILABLE, -clawedBackTonnes));
            movements.add(new Movement(issuanceAccountId, unit, Position.AVAILABLE, clawedBackTonnes));
        }
        return movements;
    }
}
