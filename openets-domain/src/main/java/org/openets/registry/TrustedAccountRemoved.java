package org.openets.registry;

import org.openets.core.Event;

public record TrustedAccountRemoved(String accountId, String trustedAccountId, String removedBy) implements Event {}
