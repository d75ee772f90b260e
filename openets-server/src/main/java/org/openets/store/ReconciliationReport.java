package org.openets.store;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What reconciliation found: every balance recomputed from the journal up to {@code throughSequence} (the read
 * model's position) compared with the read model's, units ({@code balancesChecked}, {@code differences}) and
 * money ({@code fundsBalancesChecked}, {@code fundsDifferences}). Clean when nothing differs and the journal
 * reaches that far.
 */
public record ReconciliationReport(long throughSequence, long journalLastSequence, int balancesChecked,
                                   List<BalanceDifference> differences, int fundsBalancesChecked,
                                   List<FundsDifference> fundsDifferences) {

    public ReconciliationReport {
        differences = List.copyOf(differences);
        fundsDifferences = List.copyOf(fundsDifferences);
    }

    /** The read model claims records the journal does not have, e.g. a journal restored from an older copy. */
    public boolean readModelAheadOfJournal() {
        return journalLastSequence < throughSequence;
    }

    public boolean isClean() {
        return differences.isEmpty() && fundsDifferences.isEmpty() && !readModelAheadOfJournal();
    }

    /** The accounts with at least one differing balance, of units or of money, sorted. */
    public SortedSet<String> accountsDiffering() {
        SortedSet<String> accounts = new TreeSet<>();
        differences.forEach(d -> accounts.add(d.accountId()));
        fundsDifferences.forEach(d -> accounts.add(d.accountId()));
        return accounts;
    }

    /** A few lines for an operator: the verdict, then one line per difference. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(isClean() ? "clean" : "DIFFERENCES").append(": ").append(balancesChecked)
                .append(" balances and ").append(fundsBalancesChecked)
                .append(" funds balances checked through sequence ").append(throughSequence)
                .append(" (journal at ").append(journalLastSequence).append(")\n");
        if (readModelAheadOfJournal()) {
            text.append("the read model is ahead of the journal\n");
        }
        for (BalanceDifference d : differences) {
            text.append(d.accountId()).append(' ').append(d.unit()).append(' ').append(d.position())
                    .append(": journal ").append(d.journalTonnes()).append(" t, read model ")
                    .append(d.readModelTonnes()).append(" t\n");
        }
        for (FundsDifference d : fundsDifferences) {
            text.append(d.accountId()).append(" funds ").append(d.state())
                    .append(": journal ").append(d.journalFen()).append(" fen, read model ")
                    .append(d.readModelFen()).append(" fen\n");
        }
        return text.toString();
    }
}
