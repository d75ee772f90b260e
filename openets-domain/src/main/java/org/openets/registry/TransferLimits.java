package org.openets.registry;

import org.openets.core.Rejection;
import org.openets.core.RuleId;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/**
 * Per-transfer limits (EUREG Art 23(3a)-(3b), DOMAIN §17): the system limit for transfers to accounts not on
 * the sender's trusted list, the sender's jurisdiction limit and the account's own limit for every transfer.
 * The lowest applicable limit binds; a transfer equal to it is allowed. Surrender and cancellation are not
 * transfers and are never limited.
 */
final class TransferLimits {

    private TransferLimits() {
    }

    static Rejection check(Account from, boolean trusted, long quantity, Rulebook rulebook, long nowMillis) {
        long lowest = rulebook.valueAt(Rule.REG_TRANSFER_LIMIT_JURISDICTION, from.jurisdiction, nowMillis);
        RuleId binding = null;
        if (!trusted) {
            long system = rulebook.valueAt(Rule.REG_TRANSFER_LIMIT_SYSTEM, nowMillis);
            if (system < lowest) {
                lowest = system;
                binding = Rule.REG_TRANSFER_LIMIT_SYSTEM.id();
            }
        }
        if (from.transferLimitTonnes > 0 && from.transferLimitTonnes < lowest) {
            lowest = from.transferLimitTonnes;
            binding = RegistryRejects.TRANSFER_LIMIT_ACCOUNT;
        }
        if (quantity > lowest) {
            // The jurisdiction's parameter id is built only when it binds, off the accepted path.
            RuleId rule = binding != null ? binding : Rule.REG_TRANSFER_LIMIT_JURISDICTION.idFor(from.jurisdiction);
            return Rejection.of(RegistryRejects.LIMIT_EXCEEDED, "quantity", rule,
                    "the lowest applicable transfer limit is " + lowest + " t");
        }
        return null;
    }
}
