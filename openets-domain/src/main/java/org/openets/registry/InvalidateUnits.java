package org.openets.registry;

import org.openets.core.Command;

/** A regulator invalidates available units (an end state). */
public record InvalidateUnits(String accountId, String unit, long quantity, String reason) implements Command {
}
