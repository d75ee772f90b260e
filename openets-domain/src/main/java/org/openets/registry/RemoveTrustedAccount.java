package org.openets.registry;

import org.openets.core.Command;

/** Removes an entry (proposed, approved or active) from the trusted list at once; by a representative. */
public record RemoveTrustedAccount(String accountId, String trustedAccountId) implements Command {
}
