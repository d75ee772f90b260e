package org.openets.exchange;

import org.openets.core.Command;

/** A regulator bars a holder from trading, or lifts the bar. */
public record SetTradingRestriction(String holderId, RestrictionReason reason, boolean active, String note)
        implements Command {
}
