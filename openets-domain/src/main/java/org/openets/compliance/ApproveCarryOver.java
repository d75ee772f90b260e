package org.openets.compliance;

import org.openets.core.Command;

/**
 * Approves carrying {@code requestedTonnes} of an entity's 2025-and-earlier allowances over to 2026 and later
 * [P2324 §7, Annex 5]: after the 2025 close of its jurisdiction, within T = ⌊B + NS × R⌋ and its holdings, never for
 * a non-complier. By a regulator of the entity's jurisdiction, once per entity.
 */
public record ApproveCarryOver(String entityId, long requestedTonnes) implements Command {
}
