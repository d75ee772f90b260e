package org.openets.registry;

import org.openets.core.Event;
import org.openets.rulebook.Jurisdiction;

public record AccountOpened(String accountId, AccountType type, Jurisdiction jurisdiction, String holderId, String holderName) implements Event {}
