package org.openets.core;

import java.util.List;

/** An event that changes funds balances, listing every change so that the read model can sum them. */
public interface MovesFunds extends Event {

    List<FundsMovement> fundsMovements();
}
