package org.openets.registry;

import org.openets.core.Event;

public record TrustedAccountActivated(String accountId, String trustedAccountId) implements Event {}
