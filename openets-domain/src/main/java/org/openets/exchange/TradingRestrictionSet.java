package org.openets.exchange;

import org.openets.core.Event;

public record TradingRestrictionSet(String holderId, RestrictionReason reason, boolean active, String note)
        implements Event {
}
