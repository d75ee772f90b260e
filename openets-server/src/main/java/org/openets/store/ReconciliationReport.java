package org.openets.store;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What reconciliation found: every balance recomputed from the journal up to {@code throughSequence} (the read
 * model's position) compared with the read model's. Clean when nothing differs and the journal reaches that far.
 */
public record ReconciliationReport(long throughSequence, long journalLastSequence, int balancesChecked,
                                   List<BalanceDifference> differences) {

    public ReconciliationReport {
        differences = List.copyOf(differences);
    }

    /** The read model claims records the journal does not have, e.g. a journal restored from an older copy. */
    public boolean readModelAheadOfJournal() {
        return journalLastSequence < throughSequence;
    }

    public boolean isClean() {
        return differences.isEmpty() && !readModelAheadOfJournal();
    }

    /** The accounts with at least one differing balance, sorted. */
    public SortedSet<String> accountsDiffering() {
        SortedSet<String> accounts = new TreeSet<>();
        differences.forEach(d -> accounts.add(d.accountId()));
        return accounts;
    }

    /** A few lines for an operator: the verdict, then one line per difference. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(isClean() ? "clean" : "DIFFERENCES").append(": ").append(balancesChecked)
                .append(" balances checked through sequence ").append(throughSequence)
                .append(" (journal at ").append(journalLastSequence).append(")\n");
        if (readModelAheadOfJournal()) {
            text.append("the read model is ahead of the journal\n");
        }
        for (BalanceDifference d : differences) {
            text.append(d.accountId()).append(' ').append(d.unit()).append(' ').append(d.position())
                    .append(": journal ").append(d.journalTonnes()).append(" t, read model ")
                    .append(d.readModelTonnes()).append(" t\n");
        }
        return text.toString();
    }
}
