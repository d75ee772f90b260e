package org.openets.registry;

/**
 * One entry of an account's trusted list (EUREG Art 23(4)): proposed by one representative, approved by
 * another, active from its effective time. {@code effectiveAtMillis} is 0 until approved.
 */
record TrustedEntry(String trustedAccountId, TrustedState state, String proposedBy, String approvedBy,
                    long effectiveAtMillis) {
}
