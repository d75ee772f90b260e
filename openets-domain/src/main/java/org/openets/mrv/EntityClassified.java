package org.openets.mrv;

import org.openets.core.Event;

/**
 * A confirmed report of {@code year} put the entity on the national list or took it off (DOMAIN §1; MEE19 Art 8,
 * 11): {@code totalTonnes} is that year's confirmed total, {@code thresholdTonnes} the key-emitter threshold in
 * force at the confirmation.
 */
public record EntityClassified(String entityId, int year, boolean nationallyListed, long totalTonnes,
                               long thresholdTonnes) implements Event {
}
