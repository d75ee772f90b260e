package org.openets.auction;

import java.util.List;
import org.openets.core.Movement;
import org.openets.core.MovesUnits;
import org.openets.core.Position;
import org.openets.registry.SerialBlock;

/**
 * An auction was announced with the terms in force on the notice's date: the reserve (as announced or computed
 * from the market), the lot, each corporate group's cap in whole lots, the minimum cover and whether ties are
 * shared pro rata. Its supply moved from available to reserved in the auction account, so that it cannot be
 * transferred while the auction runs.
 */
public record AuctionAnnounced(String auctionId, String jurisdiction, String unit, String auctionAccountId,
                               long volumeTonnes, ReserveBasis reserveBasis, long reservePriceFen,
                               long windowOpensAtMillis, long windowClosesAtMillis, long lotTonnes,
                               long groupCapTonnes, long minCoverBps, boolean proRata, List<SerialBlock> blocks)
        implements MovesUnits {
    @Override
    public List<Movement> movements() {
        return List.of(new Movement(auctionAccountId, unit, Position.AVAILABLE, -volumeTonnes),
                new Movement(auctionAccountId, unit, Position.RESERVED, volumeTonnes));
    }
}
