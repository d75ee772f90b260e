package org.openets.auction;

import org.openets.core.RejectCode;
import org.openets.core.RuleId;
import org.openets.exchange.ExchangeRejects;
import org.openets.registry.RegistryRejects;

/**
 * Rejection codes (3100–3199, inside the exchange's range) and structural rules of primary auctions. Rules that
 * are rulebook parameters ({@code AUC-LOT-TONNES}, {@code AUC-BIDDER-CAP-BPS}) are named by their {@code Rule}.
 */
public final class AuctionRejects {

    public static final RejectCode UNKNOWN_AUCTION = new RejectCode(3101, "UNKNOWN_AUCTION");
    public static final RejectCode DUPLICATE_ID = new RejectCode(3102, "DUPLICATE_AUCTION_OR_BID_ID");
    public static final RejectCode AUCTION_NOT_OPEN = new RejectCode(3103, "AUCTION_NOT_OPEN");
    public static final RejectCode OUTSIDE_BIDDING_WINDOW = new RejectCode(3104, "OUTSIDE_BIDDING_WINDOW");
    public static final RejectCode NOT_WHOLE_LOTS = new RejectCode(3105, "NOT_WHOLE_LOTS");
    public static final RejectCode PRICE_BELOW_RESERVE = new RejectCode(3106, "PRICE_BELOW_RESERVE");
    public static final RejectCode GROUP_CAP_EXCEEDED = new RejectCode(3107, "GROUP_CAP_EXCEEDED");
    public static final RejectCode NOT_AUCTION_ACCOUNT = new RejectCode(3108, "NOT_AUCTION_ACCOUNT");
    public static final RejectCode BIDDER_NOT_ADMITTED = new RejectCode(3109, "BIDDER_NOT_ADMITTED");
    public static final RejectCode NO_MARKET_PRICE = new RejectCode(3110, "NO_MARKET_PRICE");
    public static final RejectCode WINDOW_NOT_CLOSED = new RejectCode(3111, "WINDOW_NOT_CLOSED");
    public static final RejectCode NOT_AN_ALLOWANCE = new RejectCode(3112, "NOT_AN_ALLOWANCE");

    public static final RuleId FIELD_FORMAT = RuleId.of("AUC-FIELD-FORMAT");
    public static final RuleId AUCTION_KNOWN = RuleId.of("AUC-AUCTION-KNOWN");
    public static final RuleId AUCTION_ID_UNIQUE = RuleId.of("AUC-AUCTION-ID-UNIQUE");
    public static final RuleId BID_ID_UNIQUE = RuleId.of("AUC-BID-ID-UNIQUE");
    public static final RuleId REGULATOR_ONLY = RuleId.of("AUC-REGULATOR-OF-JURISDICTION");
    /** Supply comes from an AUCTION-type registry account of the announcing jurisdiction (DOMAIN §8). */
    public static final RuleId AUCTION_ACCOUNT = RuleId.of("AUC-AUCTION-ACCOUNT");
    /** Primary auctions sell the jurisdiction's own allowances (paid allocation, DOMAIN §5, §8). */
    public static final RuleId ALLOWANCES_ONLY = RuleId.of("AUC-OWN-ALLOWANCES-ONLY");
    /** A bid below the announced reserve price is invalid (UK Auctioning Regs 2021 reg 6–7; DOMAIN §8). */
    public static final RuleId RESERVE_PRICE = RuleId.of("AUC-RESERVE-PRICE");
    /** Guangdong's reserve: listed VWAP over the 3 whole calendar months before the notice's month (DOMAIN §17). */
    public static final RuleId RESERVE_FROM_MARKET = RuleId.of("AUC-RESERVE-FROM-MARKET");
    /** Bids are taken from the window's opening (inclusive) to its closing (exclusive). */
    public static final RuleId BIDDING_WINDOW = RuleId.of("AUC-BIDDING-WINDOW");
    public static final RuleId CLOSE_AFTER_WINDOW = RuleId.of("AUC-CLOSE-AFTER-WINDOW");
    /** Only an open auction takes bids, closes or is cancelled; sealed bids are irrevocable (Guangdong, DOMAIN §8). */
    public static final RuleId OPEN_ONLY = RuleId.of("AUC-OPEN-AUCTION-ONLY");
    /** A bidder bids through an account admitted to trading, which has the funds account for its guarantee. */
    public static final RuleId BIDDER_ADMITTED = RuleId.of("AUC-BIDDER-TRADING-ACCOUNT");

    public static final long MAX_PRICE_FEN = ExchangeRejects.MAX_PRICE_FEN;
    public static final long MAX_QUANTITY = RegistryRejects.MAX_QUANTITY;

    private AuctionRejects() {
    }
}
