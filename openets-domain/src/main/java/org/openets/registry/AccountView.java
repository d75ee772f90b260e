package org.openets.registry;

import java.util.List;

/** A read-only copy of an account for gateways; {@code transferLimitTonnes} is 0 when none is set. */
public record AccountView(String accountId, AccountType type, String jurisdiction, String holderId,
                          String holderName, List<String> representatives, boolean frozen,
                          long transferLimitTonnes) {
}
