package org.openets.auction;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Uniform-price clearing of sealed bids (Reg. 1031/2010 Art 7; DOMAIN §8): bids sorted by price, highest first;
 * the clearing price is the price at which cumulative demand first covers supply, and every award pays it.
 * Bids above it are filled in full; the volume left at it goes to the bids tied there, one after another in the
 * seeded order, or, under {@code AUC-PRO-RATA}, in proportion floored to whole lots with one remaining lot each
 * in the seeded order (DOMAIN §17). If demand never covers supply (only when the minimum cover allows it) the
 * price is the lowest bid and the rest is unsold. Pure: it reads the bids and changes nothing.
 */
final class UniformPrice {

    /** Awards in tonnes per bid, in the bids' order; {@code tieOrder} lists the rationed tie's bid ids. */
    record Result(long clearingPriceFen, long soldTonnes, long[] awarded, List<String> tieOrder) {
    }

    private UniformPrice() {
    }

    static Result clear(List<Bid> bids, long supplyTonnes, long lotTonnes, boolean proRata, long seed) {
        List<Integer> byPrice = new ArrayList<>();
        for (int i = 0; i < bids.size(); i++) {
            byPrice.add(i);
        }
        // Stable: bids at one price stay in submission order, the order the seeded shuffle starts from.
        byPrice.sort(Comparator.comparingLong((Integer i) -> bids.get(i).priceFen).reversed());
        long[] awarded = new long[bids.size()];
        long sold = 0;
        long price = 0;
        int level = 0;
        while (level < byPrice.size() && sold < supplyTonnes) {
            price = bids.get(byPrice.get(level)).priceFen;
            List<Integer> atPrice = new ArrayList<>();
            long levelTonnes = 0;
            for (; level < byPrice.size() && bids.get(byPrice.get(level)).priceFen == price; level++) {
                atPrice.add(byPrice.get(level));
                levelTonnes = Math.addExact(levelTonnes, bids.get(byPrice.get(level)).quantity);
            }
            long left = supplyTonnes - sold;
            if (levelTonnes <= left) {
                atPrice.forEach(i -> awarded[i] = bids.get(i).quantity);
                sold += levelTonnes;
                continue;
            }
            int[] order = SeededOrder.permutation(atPrice.size(), seed);
            long[] shares = proRata ? proRata(bids, atPrice, order, left, levelTonnes, lotTonnes)
                    : oneAfterAnother(bids, atPrice, order, left);
            List<String> tieOrder = new ArrayList<>();
            for (int k : order) {
                tieOrder.add(bids.get(atPrice.get(k)).bidId);
            }
            for (int k = 0; k < atPrice.size(); k++) {
                awarded[atPrice.get(k)] = shares[k];
            }
            return new Result(price, supplyTonnes, awarded, List.copyOf(tieOrder));
        }
        return new Result(price, sold, awarded, List.of());
    }

    /** Each tied bid in the seeded order takes what it bid, until the volume left runs out. */
    private static long[] oneAfterAnother(List<Bid> bids, List<Integer> tied, int[] order, long left) {
        long[] shares = new long[tied.size()];
        long remaining = left;
        for (int k : order) {
            long take = Math.min(bids.get(tied.get(k)).quantity, remaining);
            shares[k] = take;
            remaining -= take;
        }
        return shares;
    }

    /**
     * Each tied bid gets ⌊left × its lots ÷ tied lots⌋ whole lots; the lots still left, fewer than the tied bids,
     * go one each in the seeded order. The product can exceed a long with tiny lots, hence BigInteger.
     */
    private static long[] proRata(List<Bid> bids, List<Integer> tied, int[] order, long left, long tiedTonnes,
                                  long lotTonnes) {
        long[] shares = new long[tied.size()];
        long leftLots = left / lotTonnes;
        BigInteger tiedLots = BigInteger.valueOf(tiedTonnes / lotTonnes);
        long given = 0;
        for (int k = 0; k < tied.size(); k++) {
            long lots = BigInteger.valueOf(leftLots).multiply(BigInteger.valueOf(bids.get(tied.get(k)).quantity
                    / lotTonnes)).divide(tiedLots).longValueExact();
            shares[k] = lots;
            given += lots;
        }
        long remainingLots = leftLots - given;
        for (int i = 0; i < order.length && remainingLots > 0; i++, remainingLots--) {
            shares[order[i]]++;
        }
        for (int k = 0; k < shares.length; k++) {
            shares[k] *= lotTonnes;
        }
        return shares;
    }
}
