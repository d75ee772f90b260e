package org.openets.demo;

import java.util.Random;

/**
 * A mid price that wanders the way a quiet market does: a small random step each time (the sum of three uniform
 * draws, so small steps are common and large ones rare), an optional drift, and a pull back towards the reference
 * price when it strays far, so orders around it stay inside the day's price band. Integer fen throughout.
 */
final class PriceWalk {

    private static final long BPS = 10_000;

    private final Random random;
    private long midFen;

    PriceWalk(Random random, long startFen) {
        this.random = random;
        this.midFen = startFen;
    }

    long mid() {
        return midFen;
    }

    void restartAt(long fen) {
        midFen = fen;
    }

    /**
     * Moves the mid one step of about {@code stepBps} of itself, plus {@code driftBps}, pulled back when it is more
     * than {@code maxDeviationBps} from {@code referenceFen}; never below one fen.
     */
    long step(long referenceFen, long stepBps, long driftBps, long maxDeviationBps) {
        long size = Math.max(1, midFen * stepBps / BPS);
        long noise = uniform(size) + uniform(size) + uniform(size);
        long drift = Math.floorDiv(midFen * driftBps + random.nextInt((int) BPS), BPS);
        midFen += noise + drift;
        long limit = referenceFen * maxDeviationBps / BPS;
        if (Math.abs(midFen - referenceFen) > limit) {
            midFen -= (midFen - referenceFen) / 3;
        }
        midFen = Math.max(1, midFen);
        return midFen;
    }

    /** A draw from -size to size. */
    private long uniform(long size) {
        return random.nextInt((int) (2 * size + 1)) - size;
    }
}
