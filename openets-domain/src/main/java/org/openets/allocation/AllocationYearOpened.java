package org.openets.allocation;

import java.util.ArrayList;
import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.registry.SerialBlock;

/**
 * A jurisdiction's cap of {@code unit} was issued into the issuance account ({@code issuedBlocks}); the reserve
 * ⌊cap × reserve share⌋ moved to the reserve account and the auction volume ⌊cap × auction share⌋ (the share in
 * force on 1 January of the year) to the auction account; {@code freeTonnes} stay as the free pool.
 */
public record AllocationYearOpened(String jurisdiction, int year, String unit, long capTonnes,
                                   String issuanceAccountId, String auctionAccountId, String reserveAccountId,
                                   long auctionShareBps, long reserveShareBps, long freeTonnes, long auctionedTonnes,
                                   long reservedTonnes, List<SerialBlock> issuedBlocks,
                                   List<SerialBlock> auctionBlocks, List<SerialBlock> reserveBlocks)
        implements MovesUnits {
    @Override
    public List<Movement> movements() {
        List<Movement> movements = new ArrayList<>();
        movements.add(new Movement(issuanceAccountId, unit, Position.AVAILABLE, capTonnes));
        movements.add(new Movement(issuanceAccountId, unit, Position.AVAILABLE, -auctionedTonnes));
        movements.add(new Movement(auctionAccountId, unit, Position.AVAILABLE, auctionedTonnes));
        movements.add(new Movement(issuanceAccountId, unit, Position.AVAILABLE, -reservedTonnes));
        movements.add(new Movement(reserveAccountId, unit, Position.AVAILABLE, reservedTonnes));
        return movements;
    }
}
