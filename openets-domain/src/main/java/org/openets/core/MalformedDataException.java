package org.openets.core;

/** Encoded bytes that cannot be decoded: a damaged journal record or snapshot, never user input. */
public final class MalformedDataException extends RuntimeException {

    public MalformedDataException(String message) {
        super(message);
    }

    public MalformedDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
