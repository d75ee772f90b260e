package org.openets.api;

/** Ends a request with a problem document; thrown only from request parsing, before anything is submitted. */
public final class ApiException extends RuntimeException {

    final Problem problem;
    private final long retryAfterSeconds;

    public ApiException(Problem problem) {
        this(problem, 0);
    }

    /** A refusal the client may retry after {@code retryAfterSeconds}, sent as {@code Retry-After}. */
    public ApiException(Problem problem, long retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
