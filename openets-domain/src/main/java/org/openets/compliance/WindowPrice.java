package org.openets.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The average allowance price that a shortfall fine multiplies (REG24 Art 24; DOMAIN §7 "What OpenETS must do"
 * 2): the volume-weighted average of every allowance trade in the {@link PenaltyWindow}, listed and block,
 * rounded half-up to the fen (DOMAIN §17 "Fines": round the VWAP to the fen first). With no trade in the window
 * it is the last close before the deadline, which the caller supplies.
 *
 * @param priceFen the price a fine uses, whole fen
 * @param basis    whether it came from the window's trades or the fallback close
 * @param volume   tonnes traded in the window (0 on the fallback)
 */
public record WindowPrice(long priceFen, Basis basis, long volume) {

    public static final String RULE = "CMP-WINDOW-PRICE";

    public enum Basis { WINDOW_VWAP, LAST_CLOSE }

    /**
     * Prices {@code window} from {@code trades}; trades outside the window are ignored. {@code lastCloseFen} is
     * the last close before the deadline and is needed only when no trade falls in the window; pass 0 when
     * there is none, and a window without trades then fails naming that field.
     */
    public static WindowPrice of(PenaltyWindow window, List<WindowTrade> trades, long lastCloseFen) {
        ComplianceInputException.requirePresent("window", RULE, window);
        ComplianceInputException.requirePresent("trades", RULE, trades);
        ComplianceInputException.requireNonNegative("lastCloseFen", RULE, lastCloseFen);
        long turnoverFen = 0;
        long volume = 0;
        for (WindowTrade trade : trades) {
            if (window.contains(trade.executedAtMillis())) {
                turnoverFen = Math.addExact(turnoverFen, Math.multiplyExact(trade.priceFen(), trade.quantity()));
                volume = Math.addExact(volume, trade.quantity());
            }
        }
        if (volume > 0) {
            return new WindowPrice(halfUpDivide(turnoverFen, volume), Basis.WINDOW_VWAP, volume);
        }
        if (lastCloseFen == 0) {
            throw new ComplianceInputException("lastCloseFen", RULE,
                    "no allowance trade in " + window.firstDay() + ".." + window.deadline()
                            + " and no last close before the deadline");
        }
        return new WindowPrice(lastCloseFen, Basis.LAST_CLOSE, 0);
    }

    // DOMAIN §7 / §17: the VWAP is rounded half-up to the fen.
    static long halfUpDivide(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
