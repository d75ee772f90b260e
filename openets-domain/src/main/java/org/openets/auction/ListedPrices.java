package org.openets.auction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;

/**
 * Listed volume and turnover per unit and calendar month, summed from the exchange's daily closes, for
 * Guangdong's reserve price: the VWAP of listed trades over the 3 whole calendar months before the month of the
 * auction notice (DOMAIN §8, §17). Block trades are left out, as they are from the published close.
 */
final class ListedPrices {

    static final int MONTHS = 3;

    /** unit → month index (year × 12 + month − 1) → {volume, turnover in fen}. */
    private final Map<String, TreeMap<Integer, long[]>> byUnit = new HashMap<>();

    void record(String unit, long epochDay, long volume, long turnoverFen) {
        if (volume == 0) {
            return;
        }
        long[] month = byUnit.computeIfAbsent(unit, u -> new TreeMap<>()).computeIfAbsent(monthOf(epochDay),
                m -> new long[2]);
        month[0] = Math.addExact(month[0], volume);
        month[1] = Math.addExact(month[1], turnoverFen);
    }

    /** The reserve for a notice on {@code noticeEpochDay}, half-up to the fen; 0 when nothing traded then. */
    long reserveFen(String unit, long noticeEpochDay) {
        TreeMap<Integer, long[]> months = byUnit.get(unit);
        if (months == null) {
            return 0;
        }
        int noticeMonth = monthOf(noticeEpochDay);
        long volume = 0;
        long turnover = 0;
        for (long[] month : months.subMap(noticeMonth - MONTHS, true, noticeMonth, false).values()) {
            volume = Math.addExact(volume, month[0]);
            turnover = Math.addExact(turnover, month[1]);
        }
        if (volume == 0) {
            return 0;
        }
        long remainder = turnover % volume;
        return turnover / volume + (remainder >= volume - remainder ? 1 : 0);
    }

    private static int monthOf(long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    void write(BinaryWriter out) {
        TreeMap<String, TreeMap<Integer, long[]>> sorted = new TreeMap<>(byUnit);
        out.putInt(sorted.size());
        sorted.forEach((unit, months) -> {
            out.putString(unit).putInt(months.size());
            months.forEach((month, sums) -> out.putInt(month).putLong(sums[0]).putLong(sums[1]));
        });
    }

    void read(BinaryReader in) {
        byUnit.clear();
        int units = in.getInt();
        for (int u = 0; u < units; u++) {
            TreeMap<Integer, long[]> months = new TreeMap<>();
            byUnit.put(in.getString(), months);
            int count = in.getInt();
            for (int m = 0; m < count; m++) {
                months.put(in.getInt(), new long[] {in.getLong(), in.getLong()});
            }
        }
    }
}
