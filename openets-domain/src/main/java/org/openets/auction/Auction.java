package org.openets.auction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One primary auction: the terms fixed at its announcement, its sealed bids in submission order, its result. */
final class Auction {

    final String auctionId;
    final String jurisdiction;
    final String unit;
    final String auctionAccountId;
    final long volumeTonnes;
    final ReserveBasis reserveBasis;
    final long reservePriceFen;
    final long windowOpensAtMillis;
    final long windowClosesAtMillis;
    final long lotTonnes;
    final long groupCapTonnes;
    final long minCoverBps;
    final boolean proRata;
    AuctionStatus status = AuctionStatus.OPEN;
    final List<Bid> bids = new ArrayList<>();
    final Map<String, Bid> bidsById = new HashMap<>();
    /** Tonnes bid so far by each corporate group, for the group cap. */
    final Map<String, Long> groupTonnes = new HashMap<>();
    /** Set by the close (cleared, or cancelled for low cover); null while open or after a regulator's cancel. */
    AuctionResult result;
    AuctionCancelReason cancelReason;

    Auction(AuctionAnnounced terms) {
        this.auctionId = terms.auctionId();
        this.jurisdiction = terms.jurisdiction();
        this.unit = terms.unit();
        this.auctionAccountId = terms.auctionAccountId();
        this.volumeTonnes = terms.volumeTonnes();
        this.reserveBasis = terms.reserveBasis();
        this.reservePriceFen = terms.reservePriceFen();
        this.windowOpensAtMillis = terms.windowOpensAtMillis();
        this.windowClosesAtMillis = terms.windowClosesAtMillis();
        this.lotTonnes = terms.lotTonnes();
        this.groupCapTonnes = terms.groupCapTonnes();
        this.minCoverBps = terms.minCoverBps();
        this.proRata = terms.proRata();
    }

    void add(Bid bid) {
        bids.add(bid);
        bidsById.put(bid.bidId, bid);
        groupTonnes.merge(bid.groupId, bid.quantity, Long::sum);
    }

    long groupTonnes(String groupId) {
        return groupTonnes.getOrDefault(groupId, 0L);
    }

    long validBidTonnes() {
        long total = 0;
        for (Bid bid : bids) {
            total = Math.addExact(total, bid.quantity);
        }
        return total;
    }

    /** Valid bids ÷ supply in basis points, floored (DOMAIN §17: cover = valid bids ÷ supply). */
    long coverBps(long validBidTonnes) {
        return Math.addExact(Math.multiplyExact(validBidTonnes / volumeTonnes, 10_000L),
                validBidTonnes % volumeTonnes * 10_000L / volumeTonnes);
    }

    AuctionView view() {
        return new AuctionView(auctionId, jurisdiction, unit, auctionAccountId, volumeTonnes, reserveBasis,
                reservePriceFen, windowOpensAtMillis, windowClosesAtMillis, lotTonnes, groupCapTonnes, minCoverBps,
                proRata, status, bids.size(), result, cancelReason);
    }
}
