package org.openets.registry;

import org.openets.core.Event;

public record AccountOpened(String accountId, AccountType type, String jurisdiction, String holderId,
                            String holderName) implements Event {
}
