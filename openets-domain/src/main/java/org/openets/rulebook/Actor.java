package org.openets.rulebook;

/** A registered person or system that sends commands, with its one role and its registered jurisdiction. */
public record Actor(String actorId, Role role, Jurisdiction jurisdiction) {

    /** A regulator of {@code target}: of that jurisdiction, or of the unified-market authority. */
    public boolean isRegulatorOf(String target) {
        return role == Role.REGULATOR && jurisdiction.covers(target);
    }

    /** A regulator of the unified-market authority. */
    public boolean isUnifiedAuthority() {
        return role == Role.REGULATOR && jurisdiction.unifiedAuthority();
    }

    /** A regulator of {@code target} or the registry operator. */
    public boolean administers(String target) {
        return role == Role.OPERATOR || isRegulatorOf(target);
    }
}
