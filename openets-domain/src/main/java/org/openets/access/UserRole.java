package org.openets.access;

import org.openets.rulebook.Role;

/**
 * What a signed-in person or machine client may do through the gateways. Each user acts for one registered
 * actor, whose engine {@link Role} must match: the engine checks the actor's authority (whose account, which
 * jurisdiction), the gateway checks the user's role per route and command.
 */
public enum UserRole {
    OPERATOR(Role.OPERATOR, false),
    /** A jurisdiction's regulator. */
    REGULATOR(Role.REGULATOR, true),
    /** The unified-market authority: a regulator of the unified jurisdiction, acting for every jurisdiction. */
    AUTHORITY(Role.REGULATOR, true),
    VERIFIER(Role.VERIFIER, false),
    /** An entity representative who proposes transfers, reports and surrenders. */
    REPRESENTATIVE_INITIATOR(Role.REPRESENTATIVE, true),
    /** An entity representative who approves what another representative proposed (four eyes). */
    REPRESENTATIVE_APPROVER(Role.REPRESENTATIVE, true),
    MEMBER_TRADER(Role.MEMBER, false),
    /** A member's administrator: its trading accounts, funds and block trades, and its own users' keys. */
    MEMBER_ADMIN(Role.MEMBER, false),
    PROJECT_DEVELOPER(Role.PROJECT_DEVELOPER, false),
    INCLUSION_OPERATOR(Role.INCLUSION_OPERATOR, false),
    /** Reads everything, changes nothing. */
    AUDITOR(Role.AUDITOR, false);

    private final Role actorRole;
    private final boolean secondFactorRequired;

    UserRole(Role actorRole, boolean secondFactorRequired) {
        this.actorRole = actorRole;
        this.secondFactorRequired = secondFactorRequired;
    }

    /** The engine role the user's actor must have. */
    public Role actorRole() {
        return actorRole;
    }

    /** Regulators and entity representatives sign in with a TOTP code as well as the password. */
    public boolean secondFactorRequired() {
        return secondFactorRequired;
    }
}
