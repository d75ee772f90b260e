package org.openets.rulebook;

/**
 * What an actor may do. A {@link #REGULATOR} of the unified-market authority's jurisdiction acts for every
 * jurisdiction.
 */
public enum Role {
    OPERATOR,
    REGULATOR,
    REPRESENTATIVE,
    VERIFIER,
    MEMBER,
    AUDITOR,
    PROJECT_DEVELOPER,
    INCLUSION_OPERATOR
}
