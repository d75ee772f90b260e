package org.openets.cli;

/** Progress of a long-running step, printed on one line of standard error. */
final class Progress {

    private final String what;
    private boolean shown;

    Progress(String what) {
        this.what = what;
    }

    void sequence(long sequence) {
        System.err.print("\r" + what + ": sequence " + sequence + "   ");
        shown = true;
    }

    /** Reports a count of steps done, at most once every hundred steps. */
    void count(long done) {
        if (done % 100 == 0) {
            System.err.print("\r" + what + ": " + done + "   ");
            shown = true;
        }
    }

    void done() {
        if (shown) {
            System.err.println();
        }
    }
}
