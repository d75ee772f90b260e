package org.openets.fix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.openets.exchange.OrderType;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import org.openets.rulebook.Fields;
import quickfix.FieldMap;
import quickfix.FieldNotFound;
import quickfix.IncorrectTagValue;
import quickfix.field.Account;
import quickfix.field.ClOrdID;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.Price;

/**
 * FIX field values to and from the engine's: prices are CNY with at most two decimals on the wire and whole fen
 * inside, quantities whole tonnes. A value the engine cannot take exactly is refused naming its tag, never rounded.
 */
final class FixValues {

    private FixValues() {
    }

    /** CNY to fen, exactly: {@code 50.1} is 5010, {@code 50.123} is refused. */
    static long fen(FieldMap message, int tag, String name) throws FieldNotFound, IncorrectTagValue {
        BigDecimal cny = decimal(message, tag, name);
        try {
            long fen = cny.movePointRight(2).longValueExact();
            if (fen > 0) {
                return fen;
            }
        } catch (ArithmeticException e) {
            // reported below with the tag
        }
        throw new IncorrectTagValue(tag, cny.toPlainString(), name + "(" + tag + ") must be a positive CNY amount"
                + " with at most 2 decimals");
    }

    /** A positive whole number of tonnes. */
    static long tonnes(FieldMap message, int tag, String name) throws FieldNotFound, IncorrectTagValue {
        BigDecimal value = decimal(message, tag, name);
        try {
            long tonnes = value.longValueExact();
            if (tonnes > 0) {
                return tonnes;
            }
        } catch (ArithmeticException e) {
            // reported below with the tag
        }
        throw new IncorrectTagValue(tag, value.toPlainString(), name + "(" + tag + ") must be a positive whole"
                + " number of tonnes");
    }

    private static BigDecimal decimal(FieldMap message, int tag, String name) throws FieldNotFound, IncorrectTagValue {
        String text = message.getString(tag);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IncorrectTagValue(tag, text, name + "(" + tag + ") must be a number");
        }
    }

    /** An id the engine accepts as an order or account id: 1-64 letters, digits or {@code . _ : -}. */
    static String id(FieldMap message, int tag, String name) throws FieldNotFound, IncorrectTagValue {
        String value = message.getString(tag);
        if (!Fields.isId(value)) {
            throw new IncorrectTagValue(tag, value, name + "(" + tag + ") must be 1-64 letters, digits or . _ : -");
        }
        return value;
    }

    static String clOrdId(FieldMap message) throws FieldNotFound, IncorrectTagValue {
        return id(message, ClOrdID.FIELD, "ClOrdID");
    }

    static String account(FieldMap message) throws FieldNotFound, IncorrectTagValue {
        return id(message, Account.FIELD, "Account");
    }

    static Side side(FieldMap message) throws FieldNotFound, IncorrectTagValue {
        char side = message.getChar(quickfix.field.Side.FIELD);
        return switch (side) {
            case quickfix.field.Side.BUY -> Side.BUY;
            case quickfix.field.Side.SELL -> Side.SELL;
            default -> throw new IncorrectTagValue(quickfix.field.Side.FIELD, String.valueOf(side),
                    "Side(54) must be 1 (buy) or 2 (sell)");
        };
    }

    static OrderType orderType(FieldMap message) throws FieldNotFound, IncorrectTagValue {
        char type = message.getChar(OrdType.FIELD);
        return switch (type) {
            case OrdType.MARKET -> OrderType.MARKET;
            case OrdType.LIMIT -> OrderType.LIMIT;
            default -> throw new IncorrectTagValue(OrdType.FIELD, String.valueOf(type),
                    "OrdType(40) must be 1 (market) or 2 (limit)");
        };
    }

    /** FIX's default is a day order. */
    static TimeInForce timeInForce(FieldMap message) throws FieldNotFound, IncorrectTagValue {
        int tag = quickfix.field.TimeInForce.FIELD;
        if (!message.isSetField(tag)) {
            return TimeInForce.DAY;
        }
        char tif = message.getChar(tag);
        return switch (tif) {
            case quickfix.field.TimeInForce.DAY -> TimeInForce.DAY;
            case quickfix.field.TimeInForce.GOOD_TILL_CANCEL -> TimeInForce.GTC;
            case quickfix.field.TimeInForce.IMMEDIATE_OR_CANCEL -> TimeInForce.IOC;
            case quickfix.field.TimeInForce.FILL_OR_KILL -> TimeInForce.FOK;
            default -> throw new IncorrectTagValue(tag, String.valueOf(tif),
                    "TimeInForce(59) must be 0 (day), 1 (good till cancel), 3 (immediate or cancel)"
                            + " or 4 (fill or kill)");
        };
    }

    /** The limit in fen; market orders carry none (any Price sent with one is ignored). */
    static long limitFen(FieldMap message, OrderType type) throws FieldNotFound, IncorrectTagValue {
        return type == OrderType.MARKET ? 0 : fen(message, Price.FIELD, "Price");
    }

    static long orderQty(FieldMap message) throws FieldNotFound, IncorrectTagValue {
        return tonnes(message, OrderQty.FIELD, "OrderQty");
    }

    static BigDecimal cny(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    static BigDecimal quantity(long tonnes) {
        return BigDecimal.valueOf(tonnes);
    }

    /** Average price of the fills so far, in CNY to four decimals; zero before the first fill. */
    static BigDecimal averagePrice(long valueFen, long quantity) {
        if (quantity == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(valueFen, 2).divide(BigDecimal.valueOf(quantity), 4, RoundingMode.HALF_UP);
    }

    static char fixSide(Side side) {
        return side == Side.BUY ? quickfix.field.Side.BUY : quickfix.field.Side.SELL;
    }

    static char fixOrdType(OrderType type) {
        return type == OrderType.MARKET ? OrdType.MARKET : OrdType.LIMIT;
    }

    static char fixTimeInForce(TimeInForce tif) {
        return switch (tif) {
            case DAY -> quickfix.field.TimeInForce.DAY;
            case GTC -> quickfix.field.TimeInForce.GOOD_TILL_CANCEL;
            case IOC -> quickfix.field.TimeInForce.IMMEDIATE_OR_CANCEL;
            case FOK -> quickfix.field.TimeInForce.FILL_OR_KILL;
        };
    }
}
