package org.openets.rulebook;

import org.openets.core.Event;

/** A jurisdiction was registered; {@code version} is the rulebook version that added its rule parameters. */
public record JurisdictionRegistered(String code, String name, boolean unifiedAuthority, long version,
                                     String registeredBy) implements Event {
}
