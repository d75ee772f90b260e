package org.openets.registry;

import java.util.List;

/** A read-only copy of a transfer for gateways; {@code executeAtMillis} is 0 until approved. */
public record TransferView(String transferId, String fromAccount, String toAccount, String unit, long quantity,
                           String proposedBy, String approvedBy, TransferState state, long executeAtMillis,
                           List<SerialBlock> blocks) {
}
