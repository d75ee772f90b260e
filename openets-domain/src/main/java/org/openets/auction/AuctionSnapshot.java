package org.openets.auction;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;

/**
 * The canonical byte form of the auctions context, for snapshots and the state hash: auctions sorted by id with
 * their bids in submission order, then the listed-price history. The settlement schedule and the group totals
 * are derived on reading.
 */
final class AuctionSnapshot {

    private AuctionSnapshot() {
    }

    static void write(AuctionState state, BinaryWriter out) {
        TreeMap<String, Auction> sorted = new TreeMap<>(state.auctions);
        out.putInt(sorted.size());
        sorted.values().forEach(a -> writeAuction(a, out));
        state.listedPrices.write(out);
    }

    private static void writeAuction(Auction a, BinaryWriter out) {
        out.putString(a.auctionId).putString(a.jurisdiction).putString(a.unit).putString(a.auctionAccountId)
                .putLong(a.volumeTonnes).putString(a.reserveBasis.name()).putLong(a.reservePriceFen)
                .putLong(a.windowOpensAtMillis).putLong(a.windowClosesAtMillis).putLong(a.lotTonnes)
                .putLong(a.groupCapTonnes).putLong(a.minCoverBps).putBoolean(a.proRata)
                .putString(a.status.name()).putString(a.cancelReason == null ? "" : a.cancelReason.name());
        out.putInt(a.bids.size());
        for (Bid b : a.bids) {
            out.putString(b.bidId).putString(b.accountId).putString(b.groupId).putLong(b.priceFen)
                    .putLong(b.quantity).putLong(b.reservedFen).putLong(b.awardedTonnes).putLong(b.paymentFen);
        }
        AuctionResult r = a.result;
        out.putBoolean(r != null);
        if (r != null) {
            out.putLong(r.clearingPriceFen()).putLong(r.soldTonnes()).putLong(r.unsoldTonnes())
                    .putLong(r.validBidTonnes()).putLong(r.coverBps()).putLong(r.seed()).putLong(r.settlesAtMillis())
                    .putLong(r.proceedsFen()).putInt(r.tieOrder().size());
            r.tieOrder().forEach(out::putString);
        }
    }

    static void read(AuctionState state, BinaryReader in) {
        state.auctions.clear();
        state.settlements.clear();
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            Auction a = readAuction(in);
            state.auctions.put(a.auctionId, a);
            if (a.status == AuctionStatus.CLEARED) {
                state.settlements.add(new AuctionState.Due(a.result.settlesAtMillis(), a.auctionId));
            }
        }
        state.listedPrices.read(in);
    }

    private static Auction readAuction(BinaryReader in) {
        Auction a = new Auction(new AuctionAnnounced(in.getString(), in.getString(), in.getString(), in.getString(),
                in.getLong(), ReserveBasis.valueOf(in.getString()), in.getLong(), in.getLong(), in.getLong(),
                in.getLong(), in.getLong(), in.getLong(), in.getBoolean(), List.of()));
        a.status = AuctionStatus.valueOf(in.getString());
        String cancelReason = in.getString();
        a.cancelReason = cancelReason.isEmpty() ? null : AuctionCancelReason.valueOf(cancelReason);
        int bids = in.getInt();
        for (int i = 0; i < bids; i++) {
            Bid b = new Bid(in.getString(), in.getString(), in.getString(), in.getLong(), in.getLong(), in.getLong());
            b.awardedTonnes = in.getLong();
            b.paymentFen = in.getLong();
            a.add(b);
        }
        if (in.getBoolean()) {
            long price = in.getLong();
            long sold = in.getLong();
            long unsold = in.getLong();
            long valid = in.getLong();
            long cover = in.getLong();
            long seed = in.getLong();
            long settlesAt = in.getLong();
            long proceeds = in.getLong();
            int ties = in.getInt();
            List<String> tieOrder = new ArrayList<>(ties);
            for (int i = 0; i < ties; i++) {
                tieOrder.add(in.getString());
            }
            a.result = new AuctionResult(price, sold, unsold, valid, cover, seed, List.copyOf(tieOrder), settlesAt,
                    proceeds);
        }
        return a;
    }
}
