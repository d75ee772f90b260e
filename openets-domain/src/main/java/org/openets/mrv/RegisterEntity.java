package org.openets.mrv;

import org.openets.core.Command;

/** A regulator of {@code jurisdiction} registers a reporting entity under its unified social credit code (DOMAIN §1). */
public record RegisterEntity(String entityId, String name, String creditCode, String jurisdiction, Sector sector,
                             String holdingAccountId) implements Command {
}
