package org.openets.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** A registry account with its representatives, trusted list, freeze flag, own limit and holdings. */
final class Account {

    final String accountId;
    final AccountType type;
    /** The code of a registered jurisdiction. */
    final String jurisdiction;
    final String holderId;
    final String holderName;
    final TreeSet<String> representatives = new TreeSet<>();
    final TreeMap<String, TrustedEntry> trusted = new TreeMap<>();
    final Map<String, UnitHolding> holdings = new HashMap<>();
    boolean frozen;
    /** The account's own per-transfer limit in tonnes; 0 when none is set. */
    long transferLimitTonnes;

    Account(String accountId, AccountType type, String jurisdiction, String holderId, String holderName) {
        this.accountId = accountId;
        this.type = type;
        this.jurisdiction = jurisdiction;
        this.holderId = holderId;
        this.holderName = holderName;
    }

    UnitHolding holding(String unit) {
        UnitHolding holding = holdings.get(unit);
        if (holding == null) {
            holding = new UnitHolding();
            holdings.put(unit, holding);
        }
        return holding;
    }

    /** Accounts of the same holder trust each other automatically; otherwise only active list entries count. */
    boolean trusts(Account other) {
        if (holderId.equals(other.holderId)) {
            return true;
        }
        TrustedEntry entry = trusted.get(other.accountId);
        return entry != null && entry.state() == TrustedState.ACTIVE;
    }
}
