package org.openets.compliance;

import org.openets.core.Event;

/**
 * An approved carry-over and what it was weighed on: the limit T (already capped by holdings), the holding account's
 * net allowance sales over 2024–2025 and its holdings of allowances of vintage 2025 or earlier.
 */
public record CarryOverApproved(String entityId, String accountId, long approvedTonnes, long limitTonnes,
                                long netSalesTonnes, long holdingsTonnes, String approvedBy) implements Event {
}
