package org.openets.registry;

/** Where a trusted-list addition stands. */
public enum TrustedState {
    PROPOSED,
    APPROVED,
    ACTIVE
}
