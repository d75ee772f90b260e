package org.openets.rulebook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The versions of one rule in (effective date, version) order. The value in force on a day is the one with
 * the latest effective date not after it; of two with the same date, the later amendment wins.
 */
final class RuleHistory {

    private final List<RuleVersion> versions = new ArrayList<>();
    private long[] effectiveDays = new long[4];
    private long[] values = new long[4];

    void add(RuleVersion version) {
        int at = versions.size();
        long day = version.effectiveFrom().toEpochDay();
        while (at > 0 && versions.get(at - 1).effectiveFrom().toEpochDay() > day) {
            at--;
        }
        versions.add(at, version);
        reindex();
    }

    private void reindex() {
        int n = versions.size();
        if (effectiveDays.length < n) {
            effectiveDays = new long[n * 2];
            values = new long[n * 2];
        }
        for (int i = 0; i < n; i++) {
            effectiveDays[i] = versions.get(i).effectiveFrom().toEpochDay();
            values[i] = versions.get(i).value();
        }
    }

    long valueOn(long epochDay) {
        for (int i = versions.size() - 1; i > 0; i--) {
            if (effectiveDays[i] <= epochDay) {
                return values[i];
            }
        }
        return values[0];
    }

    List<RuleVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    void clear() {
        versions.clear();
    }
}
