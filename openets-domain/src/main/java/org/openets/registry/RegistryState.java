package org.openets.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openets.rulebook.Rulebook;

/** Everything the registry knows. Maps are hashed for speed; snapshots and hashes iterate them sorted. */
final class RegistryState {

    final Rulebook rulebook;
    final Map<String, Account> accounts = new HashMap<>();
    final Map<String, IssuedUnit> units = new HashMap<>();
    final Map<String, Transfer> transfers = new HashMap<>();
    final Map<String, Hold> locks = new HashMap<>();
    final Map<String, Hold> freezes = new HashMap<>();
    final List<Retirement> retirements = new ArrayList<>();
    final TreeSet<Scheduled> schedule = new TreeSet<>();

    RegistryState(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    /** The code of the unified-market authority, whose allowances are {@link UnitKind#UNIFIED_ALLOWANCE}. */
    String unifiedAuthority() {
        return rulebook.unifiedAuthority().code();
    }

    void clear() {
        accounts.clear();
        units.clear();
        transfers.clear();
        locks.clear();
        freezes.clear();
        retirements.clear();
        schedule.clear();
    }
}
