package org.openets.registry;

import java.util.List;

/** A retirement kept on record so every retired serial can be traced to its beneficiary and reason. */
public record Retirement(long sequence, String accountId, String unit, long quantity, String beneficiary,
                         String reason, List<SerialBlock> blocks) {
}
