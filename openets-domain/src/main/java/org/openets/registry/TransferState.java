package org.openets.registry;

/** Where a transfer stands. Only the first two may be cancelled. */
public enum TransferState {
    AWAITING_APPROVAL,
    DELAYED,
    COMPLETED,
    CANCELLED
}
