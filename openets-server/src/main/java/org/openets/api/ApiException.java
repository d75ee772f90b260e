package org.openets.api;

/** Ends a request with a problem document; thrown only from request parsing, before anything is submitted. */
public final class ApiException extends RuntimeException {

    final Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
