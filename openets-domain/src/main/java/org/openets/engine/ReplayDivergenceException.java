package org.openets.engine;

/** Replaying a journal record gave a different result than the one journaled: a bug or a tampered journal. */
public final class ReplayDivergenceException extends RuntimeException {

    public ReplayDivergenceException(long sequence, String detail) {
        super("replay diverged at sequence " + sequence + ": " + detail);
    }
}
