package org.openets.compliance;

import org.openets.core.Command;

/**
 * Fines an entity's assessed shortfall at {@code multiple} × the window price per missing tonne [REG24 Art 24];
 * the multiple is exact decimal text ("5", "7.5") within the rulebook's range. By a regulator of its jurisdiction.
 */
public record ImposeShortfallFine(String entityId, int year, String multiple) implements Command {
}
