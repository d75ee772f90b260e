package org.openets.rulebook;

/** What an actor may do. A {@link #REGULATOR} of {@link Jurisdiction#CY} is the unified-market authority. */
public enum Role {
    OPERATOR,
    REGULATOR,
    REPRESENTATIVE,
    VERIFIER,
    MEMBER,
    AUDITOR
}
