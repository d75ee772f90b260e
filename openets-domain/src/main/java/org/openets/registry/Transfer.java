package org.openets.registry;

import java.util.List;

/** A transfer and where it stands; {@code blocks} are the serials reserved for it or moved by it. */
final class Transfer {

    final String transferId;
    final String fromAccount;
    final String toAccount;
    final String unit;
    final long quantity;
    final String proposedBy;
    final List<SerialBlock> blocks;
    String approvedBy;
    TransferState state;
    long executeAtMillis;

    Transfer(String transferId, String fromAccount, String toAccount, String unit, long quantity, String proposedBy,
             List<SerialBlock> blocks) {
        this.transferId = transferId;
        this.fromAccount = fromAccount;
        this.toAccount = toAccount;
        this.unit = unit;
        this.quantity = quantity;
        this.proposedBy = proposedBy;
        this.blocks = blocks;
    }

    TransferView view() {
        return new TransferView(transferId, fromAccount, toAccount, unit, quantity, proposedBy, approvedBy, state,
                executeAtMillis, blocks);
    }
}
