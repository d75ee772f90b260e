package org.openets.registry;

import org.openets.core.Event;

/** Executes at {@code executeAtMillis}: at once if that is now, else on the first tick at or after it. */
public record TransferApproved(String transferId, String approvedBy, long executeAtMillis) implements Event {}
