package org.openets.rulebook;

import org.openets.core.Command;

/**
 * Registers a jurisdiction: {@code code} is two upper-case letters and is never reused; {@code name} is free
 * text. At most one jurisdiction is the unified-market authority. Only the registry operator registers one;
 * its jurisdiction-scoped rule parameters start at their genesis values.
 */
public record RegisterJurisdiction(String code, String name, boolean unifiedAuthority) implements Command {
}
