package org.openets.registry;

import org.openets.core.Command;

/** A regulator freezes an account: it sends nothing until unfrozen (it may still receive). */
public record FreezeAccount(String accountId, String reason) implements Command {
}
