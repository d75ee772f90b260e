package org.openets.core;

/** Where a funds account's money stands (DOMAIN §3: available, reserved for orders). */
public enum FundsState {
    AVAILABLE,
    /** Set aside for open buy orders, bids and block proposals; released when they end. */
    RESERVED
}
