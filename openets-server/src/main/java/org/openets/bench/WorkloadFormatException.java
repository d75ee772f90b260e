package org.openets.bench;

/** A workload file line that does not follow the v1 format; the run stops before anything is applied. */
public final class WorkloadFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkloadFormatException(String source, int line, String message) {
        super(source + ", line " + line + ": " + message);
    }
}
