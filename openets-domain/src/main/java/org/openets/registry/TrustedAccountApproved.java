package org.openets.registry;

import org.openets.core.Event;

/** The addition takes effect at {@code effectiveAtMillis}, on the first tick at or after it. */
public record TrustedAccountApproved(String accountId, String trustedAccountId, String approvedBy, long effectiveAtMillis) implements Event {}
