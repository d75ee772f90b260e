package org.openets.registry;

/** A trusted-list entry for gateways; {@code effectiveAtMillis} is 0 until approved. */
public record TrustedView(String accountId, String trustedAccountId, TrustedState state, String proposedBy,
                          String approvedBy, long effectiveAtMillis) {
}
