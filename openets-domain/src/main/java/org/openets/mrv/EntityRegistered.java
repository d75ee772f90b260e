package org.openets.mrv;

import org.openets.core.Event;

public record EntityRegistered(String entityId, String name, String creditCode, String jurisdiction, Sector sector,
                               String holdingAccountId) implements Event {
}
