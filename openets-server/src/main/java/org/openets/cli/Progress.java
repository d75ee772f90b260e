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

    void step(long done, long total) {
        System.err.print("\r" + what + ": " + done + " / " + total + "   ");
        shown = true;
    }

    void done() {
        if (shown) {
            System.err.println();
        }
    }
}
