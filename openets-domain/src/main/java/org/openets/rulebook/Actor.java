package org.openets.rulebook;

/** A registered person or system that sends commands, with its one role and its jurisdiction. */
public record Actor(String actorId, Role role, Jurisdiction jurisdiction) {

    public boolean isRegulatorOf(Jurisdiction target) {
        return role == Role.REGULATOR && jurisdiction.covers(target);
    }

    /** A regulator of {@code target} or the registry operator. */
    public boolean administers(Jurisdiction target) {
        return role == Role.OPERATOR || isRegulatorOf(target);
    }
}
