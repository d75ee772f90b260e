package org.openets.compliance;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;

/**
 * Allowance trading per jurisdiction and CST day, summed over every vintage of its allowances from the exchange's
 * day closes: listed and block volume and turnover together (DOMAIN §7: "all allowance trades in it, listed and
 * block"), and the day's close for the fallback price. When several of a jurisdiction's allowances close on one
 * day, the close of the one with the most listed volume that day is kept (the first of equals).
 */
final class WindowMarketData {

    /** jurisdiction → epoch day → {volume, turnover fen}. */
    private final Map<String, TreeMap<Long, long[]>> trading = new HashMap<>();
    /** jurisdiction → epoch day → {close fen, listed volume}. */
    private final Map<String, TreeMap<Long, long[]>> closes = new HashMap<>();

    void dayClosed(String jurisdiction, long epochDay, long closeFen, long listedVolume, long listedTurnoverFen,
                   long blockVolume, long blockTurnoverFen) {
        long volume = Math.addExact(listedVolume, blockVolume);
        if (volume > 0) {
            long[] day = trading.computeIfAbsent(jurisdiction, j -> new TreeMap<>()).computeIfAbsent(epochDay,
                    d -> new long[2]);
            day[0] = Math.addExact(day[0], volume);
            day[1] = Math.addExact(day[1], Math.addExact(listedTurnoverFen, blockTurnoverFen));
        }
        if (closeFen > 0) {
            TreeMap<Long, long[]> byDay = closes.computeIfAbsent(jurisdiction, j -> new TreeMap<>());
            long[] kept = byDay.get(epochDay);
            if (kept == null || listedVolume > kept[1]) {
                byDay.put(epochDay, new long[] {closeFen, listedVolume});
            }
        }
    }

    /**
     * The window price of {@code window} for the jurisdiction's allowances (DOMAIN §7 "What OpenETS must do" 2):
     * the VWAP of the window's trades half-up to the fen, else the last close on or before the deadline; null when
     * neither exists.
     */
    WindowPrice price(String jurisdiction, PenaltyWindow window) {
        long volume = 0;
        long turnover = 0;
        TreeMap<Long, long[]> days = trading.get(jurisdiction);
        if (days != null) {
            for (long[] day : days.subMap(window.firstDay().toEpochDay(), true, window.deadline().toEpochDay(), true)
                    .values()) {
                volume = Math.addExact(volume, day[0]);
                turnover = Math.addExact(turnover, day[1]);
            }
        }
        if (volume > 0) {
            return new WindowPrice(WindowPrice.halfUpDivide(turnover, volume), WindowPrice.Basis.WINDOW_VWAP, volume);
        }
        TreeMap<Long, long[]> byDay = closes.get(jurisdiction);
        Map.Entry<Long, long[]> last = byDay == null ? null : byDay.floorEntry(window.deadline().toEpochDay());
        return last == null ? null : new WindowPrice(last.getValue()[0], WindowPrice.Basis.LAST_CLOSE, 0);
    }

    void write(BinaryWriter out) {
        writeMap(trading, out);
        writeMap(closes, out);
    }

    void read(BinaryReader in) {
        readMap(trading, in);
        readMap(closes, in);
    }

    private static void writeMap(Map<String, TreeMap<Long, long[]>> map, BinaryWriter out) {
        TreeMap<String, TreeMap<Long, long[]>> sorted = new TreeMap<>(map);
        out.putInt(sorted.size());
        sorted.forEach((jurisdiction, days) -> {
            out.putString(jurisdiction).putInt(days.size());
            days.forEach((day, values) -> out.putLong(day).putLong(values[0]).putLong(values[1]));
        });
    }

    private static void readMap(Map<String, TreeMap<Long, long[]>> map, BinaryReader in) {
        map.clear();
        int jurisdictions = in.getInt();
        for (int j = 0; j < jurisdictions; j++) {
            TreeMap<Long, long[]> days = new TreeMap<>();
            map.put(in.getString(), days);
            int count = in.getInt();
            for (int d = 0; d < count; d++) {
                days.put(in.getLong(), new long[] {in.getLong(), in.getLong()});
            }
        }
    }
}
