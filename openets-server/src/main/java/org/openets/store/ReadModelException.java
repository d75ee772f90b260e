package org.openets.store;

/** The read-model database failed or refused a statement; the projection stays where it was. */
public final class ReadModelException extends RuntimeException {

    public ReadModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
