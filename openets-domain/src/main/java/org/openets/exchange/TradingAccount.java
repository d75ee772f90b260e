package org.openets.exchange;

import java.util.Arrays;
import org.openets.clearing.FundsAccount;

/**
 * A registry account admitted to trading: its member, beneficial owner and funds account, and per instrument
 * the units its open sell orders hold and the units it bought today (DOMAIN §2: sellable = holdings − today's
 * purchases under T+1).
 */
final class TradingAccount {

    final String accountId;
    final String memberId;
    final String ownerId;
    final FundsAccount funds;
    long[] reservedUnits = new long[4];
    long[] boughtToday = new long[4];
    long[] boughtDay = new long[4];
    final NetAllowanceSales netAllowanceSales = new NetAllowanceSales();

    TradingAccount(String accountId, String memberId, String ownerId, FundsAccount funds) {
        this.accountId = accountId;
        this.memberId = memberId;
        this.ownerId = ownerId;
        this.funds = funds;
    }

    void ensure(int slot) {
        if (slot >= reservedUnits.length) {
            int size = Math.max(slot + 1, reservedUnits.length * 2);
            reservedUnits = Arrays.copyOf(reservedUnits, size);
            boughtToday = Arrays.copyOf(boughtToday, size);
            boughtDay = Arrays.copyOf(boughtDay, size);
        }
    }

    long boughtOn(int slot, long epochDay) {
        return slot < boughtDay.length && boughtDay[slot] == epochDay ? boughtToday[slot] : 0;
    }

    void bought(int slot, long epochDay, long quantity) {
        ensure(slot);
        if (boughtDay[slot] != epochDay) {
            boughtDay[slot] = epochDay;
            boughtToday[slot] = 0;
        }
        boughtToday[slot] += quantity;
    }

    long reserved(int slot) {
        return slot < reservedUnits.length ? reservedUnits[slot] : 0;
    }
}
