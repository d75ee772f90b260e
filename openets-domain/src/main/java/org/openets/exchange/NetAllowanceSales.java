package org.openets.exchange;

import java.time.LocalDate;
import java.util.Arrays;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;

/**
 * One trading account's net allowance sales per calendar year (CST): tonnes of allowances sold minus tonnes
 * bought, listed, block and one-way alike, for the carry-over limit T = B + NS × R [P2324 §7, Annex 5; DOMAIN §5].
 * Offset credits are not allowances and do not count. Kept on the trading account so that settling a trade
 * updates it without a map lookup.
 */
final class NetAllowanceSales {

    private int firstYear;
    private long[] netByYear = new long[0];
    // The last trade's CST day and its year, so that a day's trades convert the day to a year once.
    private long lastEpochDay = Long.MIN_VALUE;
    private int lastYear;

    /**
     * Whether {@code unit} is an allowance code ({@code JEA-YYYY}, the unified authority's included): a shape
     * check on the code, cheap enough for every trade; credits (CCER-, FSC-, ASC-, ICC-) never match.
     */
    static boolean isAllowance(String unit) {
        return unit.length() == 9 && unit.startsWith("EA-", 2);
    }

    void sold(long epochDay, long quantity) {
        add(epochDay, quantity);
    }

    void bought(long epochDay, long quantity) {
        add(epochDay, -quantity);
    }

    private void add(long epochDay, long tonnes) {
        if (epochDay != lastEpochDay) {
            lastEpochDay = epochDay;
            lastYear = LocalDate.ofEpochDay(epochDay).getYear();
        }
        int index = slot(lastYear);
        netByYear[index] = Math.addExact(netByYear[index], tonnes);
    }

    private int slot(int year) {
        if (netByYear.length == 0) {
            firstYear = year;
            netByYear = new long[1];
        } else if (year < firstYear) {
            long[] grown = new long[netByYear.length + firstYear - year];
            System.arraycopy(netByYear, 0, grown, firstYear - year, netByYear.length);
            netByYear = grown;
            firstYear = year;
        } else if (year - firstYear >= netByYear.length) {
            netByYear = Arrays.copyOf(netByYear, year - firstYear + 1);
        }
        return year - firstYear;
    }

    /** Sold minus bought over the calendar years {@code fromYear..toYear} inclusive; may be negative. */
    long between(int fromYear, int toYear) {
        long net = 0;
        for (int i = 0; i < netByYear.length; i++) {
            int year = firstYear + i;
            if (year >= fromYear && year <= toYear) {
                net = Math.addExact(net, netByYear[i]);
            }
        }
        return net;
    }

    void write(BinaryWriter out) {
        out.putInt(firstYear).putInt(netByYear.length);
        for (long net : netByYear) {
            out.putLong(net);
        }
    }

    void read(BinaryReader in) {
        firstYear = in.getInt();
        netByYear = new long[in.getInt()];
        for (int i = 0; i < netByYear.length; i++) {
            netByYear[i] = in.getLong();
        }
        lastEpochDay = Long.MIN_VALUE;
    }
}
