package org.openets.registry;

import org.openets.core.Event;

public record TrustedAccountProposed(String accountId, String trustedAccountId, String proposedBy) implements Event {}
