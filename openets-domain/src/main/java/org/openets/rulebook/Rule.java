package org.openets.rulebook;

import org.openets.core.RuleId;

/**
 * Every rule of the market, with its stable id, value kind, genesis value and legal basis. Values change only
 * through {@link AmendRule}; the genesis value is in force from the start of time. A rule with a
 * {@link #scope()} may also be amended by that jurisdiction's regulator; the rest only by the unified-market
 * authority. A {@link #perJurisdiction()} rule has one parameter per registered jurisdiction, with id
 * {@code <rule id>-<code>} ({@code REG-TRANSFER-LIMIT-SC}), which that jurisdiction's regulator may amend.
 * Documents are cited by their short names (REG24, MEE19, SEEE21, EUREG, ...); "our default" marks a design
 * choice where the texts are silent.
 */
public enum Rule {
    REG_TRANSFER_LIMIT_SYSTEM("REG-TRANSFER-LIMIT-SYSTEM", ValueKind.TONNES, 2_000_000,
            "Largest transfer to an account not on the sender's trusted list", "EUREG", "Art 23(3a)", null),
    REG_TRANSFER_LIMIT_JURISDICTION("REG-TRANSFER-LIMIT", ValueKind.TONNES, Long.MAX_VALUE,
            "Largest transfer out of an account of the jurisdiction (no limit until set)", "EUREG; our default",
            "Art 23(3b)", Scopes.EACH_JURISDICTION),
    REG_TAL_DELAY_WORKING_DAYS("REG-TAL-DELAY-WORKING-DAYS", ValueKind.WORKING_DAYS, 4,
            "Working days, from the day after approval, until a trusted-list addition takes effect", "EUREG",
            "Art 23(4)", null),
    REG_TAL_EFFECTIVE_MINUTE("REG-TAL-EFFECTIVE-MINUTE", ValueKind.MINUTE_OF_DAY, 12 * 60,
            "Time of day at which a trusted-list addition takes effect", "EUREG", "Art 23(4)", null),
    REG_TAL_WINDOW_OPEN_MINUTE("REG-TAL-WINDOW-OPEN-MINUTE", ValueKind.MINUTE_OF_DAY, 10 * 60,
            "Start of the working-day window in which transfers to trusted accounts execute at once", "EUREG",
            "Art 35(4)", null),
    REG_TAL_WINDOW_CLOSE_MINUTE("REG-TAL-WINDOW-CLOSE-MINUTE", ValueKind.MINUTE_OF_DAY, 16 * 60,
            "End (exclusive) of the window for immediate transfers to trusted accounts", "EUREG", "Art 35(4)", null),
    REG_NON_TAL_CUTOFF_MINUTE("REG-NON-TAL-CUTOFF-MINUTE", ValueKind.MINUTE_OF_DAY, 12 * 60,
            "Transfers to untrusted accounts approved before this time wait the shorter delay", "EUREG",
            "Art 35(2)", null),
    REG_NON_TAL_DELAY_BEFORE_CUTOFF_WORKING_DAYS("REG-NON-TAL-DELAY-BEFORE-CUTOFF-WORKING-DAYS",
            ValueKind.WORKING_DAYS, 1, "Delay of an untrusted transfer approved before the cut-off", "EUREG",
            "Art 35(2)", null),
    REG_NON_TAL_DELAY_AFTER_CUTOFF_WORKING_DAYS("REG-NON-TAL-DELAY-AFTER-CUTOFF-WORKING-DAYS",
            ValueKind.WORKING_DAYS, 2, "Delay of an untrusted transfer approved at or after the cut-off", "EUREG",
            "Art 35(3)", null),
    REG_NON_TAL_EXECUTION_MINUTE("REG-NON-TAL-EXECUTION-MINUTE", ValueKind.MINUTE_OF_DAY, 12 * 60,
            "Time of day at which delayed untrusted transfers execute", "EUREG", "Art 35(2)-(3)", null),
    REG_FOUR_EYES_ACCOUNT_TYPES("REG-FOUR-EYES-ACCOUNT-TYPES", ValueKind.ACCOUNT_TYPE_SET, 1,
            "Account types whose outgoing transfers need a second representative's approval (bit 0: entity holding)",
            "EUREG", "Art 35(1)", null),
    EXC_PRICE_LIMIT_LISTED_BPS("EXC-PRICE-LIMIT-LISTED-BPS", ValueKind.BASIS_POINTS, 1_000,
            "Listed-agreement price band around the previous close", "SEEE21", "listed agreement", null),
    EXC_PRICE_LIMIT_BLOCK_BPS("EXC-PRICE-LIMIT-BLOCK-BPS", ValueKind.BASIS_POINTS, 3_000,
            "Block-agreement price band around the previous listed close", "SEEE21", "block agreement", null),
    EXC_BLOCK_MIN_TONNES("EXC-BLOCK-MIN-TONNES", ValueKind.TONNES, 100_000,
            "Smallest block-agreement order; listed orders must be smaller", "SEEE21", "block agreement", null),
    EXC_MAX_LEVELS_SWEPT("EXC-MAX-LEVELS-SWEPT", ValueKind.COUNT, 5,
            "Opposite price levels a listed taker order may take from", "SEEE21", "listed agreement", null),
    EXC_HOLDING_T_PLUS_1("EXC-HOLDING-T-PLUS-1", ValueKind.BOOLEAN, 1,
            "Allowances bought today cannot be sold today", "RULES21", "trading rules", null),
    EXC_TICK_SIZE_FEN("EXC-TICK-SIZE-FEN", ValueKind.FEN, 1, "Price tick", "RULES21", "trading rules", null),
    CMP_OFFSET_CAP_BPS("CMP-OFFSET-CAP-BPS", ValueKind.BASIS_POINTS, 500,
            "Offset credits may cover at most this share of a surrender obligation", "MEE19", "Art 29", null),
    CMP_PENALTY_MULTIPLE_MIN("CMP-PENALTY-MULTIPLE-MIN", ValueKind.MULTIPLE, 5,
            "Lowest shortfall fine as a multiple of the window average price", "REG24", "Art 24", null),
    CMP_PENALTY_MULTIPLE_MAX("CMP-PENALTY-MULTIPLE-MAX", ValueKind.MULTIPLE, 10,
            "Highest shortfall fine as a multiple of the window average price", "REG24", "Art 24", null),
    MRV_KEY_EMITTER_THRESHOLD_TONNES("MRV-KEY-EMITTER-THRESHOLD-TONNES", ValueKind.TONNES, 26_000,
            "Annual emissions from which a covered-sector entity is a key emitter on the national list", "MEE19",
            "Art 8", null),
    MRV_CQ_THRESHOLD_TONNES("MRV-CQ-THRESHOLD-TONNES", ValueKind.TONNES, 13_000,
            "Annual emissions from which a Chongqing entity is covered", "ICAP25", "Chongqing", "CQ"),
    ALC_RESERVE_SHARE_BPS("ALC-RESERVE-SHARE-BPS", ValueKind.BASIS_POINTS, 500,
            "Share of each jurisdiction's cap held in its reserve", "our default", "DOMAIN §9", null),
    EXC_MARKET_ORDERS("EXC-MARKET-ORDERS", ValueKind.BOOLEAN, 0,
            "Whether market orders are accepted (the national market takes limit orders only)", "RULES21",
            "listed agreement", null),
    EXC_OPENING_CALL_MINUTE("EXC-OPENING-CALL-MINUTE", ValueKind.MINUTE_OF_DAY, 9 * 60 + 15,
            "Start of the opening call auction; it uncrosses at the morning open", "our default", "DOMAIN §2", null),
    EXC_MORNING_OPEN_MINUTE("EXC-MORNING-OPEN-MINUTE", ValueKind.MINUTE_OF_DAY, 9 * 60 + 30,
            "Start of morning continuous trading", "yicai 101089309", "listed hours", null),
    EXC_MORNING_CLOSE_MINUTE("EXC-MORNING-CLOSE-MINUTE", ValueKind.MINUTE_OF_DAY, 11 * 60 + 30,
            "End of morning continuous trading", "yicai 101089309", "listed hours", null),
    EXC_AFTERNOON_OPEN_MINUTE("EXC-AFTERNOON-OPEN-MINUTE", ValueKind.MINUTE_OF_DAY, 13 * 60,
            "Start of afternoon trading, listed and block", "yicai 101089309", "listed and block hours", null),
    EXC_AFTERNOON_CLOSE_MINUTE("EXC-AFTERNOON-CLOSE-MINUTE", ValueKind.MINUTE_OF_DAY, 15 * 60,
            "End of the trading day; DAY orders expire and the close is fixed", "yicai 101089309",
            "listed and block hours", null),
    EXC_CLOSING_CALL_MINUTES("EXC-CLOSING-CALL-MINUTES", ValueKind.COUNT, 0,
            "Length of a closing call auction before the afternoon close; 0 for none", "our default", "DOMAIN §2",
            null),
    CLR_FEE_BUY_BPS("CLR-FEE-BUY-BPS", ValueKind.BASIS_POINTS, 0,
            "Buyer's fee on trade value, rounded half-up to the fen over the order's fills", "REG24; our default",
            "Art 5", null),
    CLR_FEE_SELL_BPS("CLR-FEE-SELL-BPS", ValueKind.BASIS_POINTS, 0,
            "Seller's fee on trade value, rounded half-up to the fen over the order's fills", "REG24; our default",
            "Art 5", null),
    AUC_LOT_TONNES("AUC-LOT-TONNES", ValueKind.TONNES, 500,
            "Primary-auction lot: supply and bids are whole lots", "Reg. 1031/2010; our default", "Art 7", null),
    AUC_BIDDER_CAP_BPS("AUC-BIDDER-CAP-BPS", ValueKind.BASIS_POINTS, 5_000,
            "Most of an auction's supply one corporate group may bid for", "Guangdong; our default", "DOMAIN §8",
            null),
    AUC_MIN_COVER_BPS("AUC-MIN-COVER-BPS", ValueKind.BASIS_POINTS, 10_000,
            "Valid bids as a share of supply below which the auction is cancelled", "Reg. 1031/2010", "Art 7(5)",
            null),
    AUC_PRO_RATA("AUC-PRO-RATA", ValueKind.BOOLEAN, 0,
            "Share the volume left at the clearing price pro rata in whole lots instead of in seeded order",
            "our default", "DOMAIN §17", null),
    EXC_WEEKEND_TRADING("EXC-WEEKEND-TRADING", ValueKind.BOOLEAN, 0,
            "Whether the exchange also trades on Saturdays and Sundays that are working days or not (0: Monday to "
                    + "Friday working days only)", "our default", "DOMAIN conventions", null),
    AUC_SETTLEMENT_WORKING_DAYS("AUC-SETTLEMENT-WORKING-DAYS", ValueKind.WORKING_DAYS, 1,
            "Registry working days after an auction's close on which its awards settle; 0 settles at the close",
            "eex.com", "DOMAIN §8", null),
    AUC_SETTLEMENT_MINUTE("AUC-SETTLEMENT-MINUTE", ValueKind.MINUTE_OF_DAY, 9 * 60,
            "Time of day at which auction awards settle, before the exchange's opening call", "our default",
            "DOMAIN §8", null),
    ALC_AUCTION_SHARE_BPS("ALC-AUCTION-SHARE-BPS", ValueKind.BASIS_POINTS, 300,
            "Share of each year's cap sold by auction (paid allocation); the value in force on 1 January of the "
                    + "allocation year applies, so amendments make it rise year by year", "S000; our default",
            "§2.1 (free first, then more paid allocation)", Scopes.EACH_JURISDICTION),
    ALC_PRE_ALLOCATION_BPS("ALC-PRE-ALLOCATION-BPS", ValueKind.BASIS_POINTS, 5_000,
            "Pre-allocation at the start of the year as a share of the previous year's confirmed emissions",
            "P2526D; ICAP Hubei", "regional pre-allocation 50 %", Scopes.EACH_JURISDICTION),
    ALC_GAP_CAP_BPS("ALC-GAP-CAP-BPS", ValueKind.BASIS_POINTS, 2_000,
            "Largest gap between a power entity's allocation and its verified emissions; an entity further below "
                    + "is topped up", "P2324", "§5(3)", null),
    ALC_RESERVE_TRIGGER_PRICE_FEN("ALC-RESERVE-TRIGGER-PRICE-FEN", ValueKind.FEN_OR_OFF, 0,
            "Closing price at or above which the market-regulation reserve may be sold by auction (0: off)",
            "our default; RGGI CCR", "DOMAIN §9", Scopes.EACH_JURISDICTION),
    ALC_AUCTION_FLOOR_PRICE_FEN("ALC-AUCTION-FLOOR-PRICE-FEN", ValueKind.FEN_OR_OFF, 0,
            "Closing price below which auction volume may be withheld into the reserve (0: off)",
            "our default; RGGI ECR", "DOMAIN §9", Scopes.EACH_JURISDICTION),
    CMP_SURRENDER_DEADLINE("CMP-SURRENDER-DEADLINE", ValueKind.MONTH_DAY, 1231,
            "Day by which a year's obligation is surrendered, in the year after the compliance year", "N25; P2526D",
            "surrender by 31 Dec", null),
    CMP_CCER_REGISTERED_AFTER("CMP-CCER-REGISTERED-AFTER", ValueKind.EPOCH_DAY, 19_744,
            "Only credits of projects registered after this date (2024-01-22) count towards surrender", "P2526D",
            "CCER eligibility 2025-26", null),
    CMP_CARRY_OVER_BASE_TONNES("CMP-CARRY-OVER-BASE-TONNES", ValueKind.TONNES, 10_000,
            "B of the carry-over limit T = B + NS × R", "P2324", "§7, Annex 5", null),
    CMP_CARRY_OVER_NET_SALES_MULTIPLE("CMP-CARRY-OVER-NET-SALES-MULTIPLE", ValueKind.THOUSANDTHS, 1_500,
            "R of the carry-over limit T = B + NS × R, in thousandths", "P2324", "§7, Annex 5", null),
    CMP_DEDUCT_SHORTFALL("CMP-DEDUCT-SHORTFALL", ValueKind.BOOLEAN, 1,
            "Whether an uncorrected shortfall is deducted from the next year's allocation", "REG24", "Art 24",
            null);

    private final RuleId id;
    private final ValueKind kind;
    private final long genesisValue;
    private final String description;
    private final String document;
    private final String article;
    private final String scope;
    private final boolean perJurisdiction;

    Rule(String id, ValueKind kind, long genesisValue, String description, String document, String article,
         String scope) {
        this.id = RuleId.of(id);
        this.kind = kind;
        this.genesisValue = genesisValue;
        this.description = description;
        this.document = document;
        this.article = article;
        this.perJurisdiction = Scopes.EACH_JURISDICTION.equals(scope);
        this.scope = perJurisdiction ? null : scope;
    }

    public RuleId id() {
        return id;
    }

    public ValueKind kind() {
        return kind;
    }

    public long genesisValue() {
        return genesisValue;
    }

    public String description() {
        return description;
    }

    public String document() {
        return document;
    }

    public String article() {
        return article;
    }

    /**
     * The code of the jurisdiction whose regulator may amend this rule besides the unified-market authority, or
     * null; see {@link RuleParameter#scope()} for per-jurisdiction rules.
     */
    public String scope() {
        return scope;
    }

    /** Whether each registered jurisdiction has its own parameter of this rule, {@code <id>-<code>}. */
    public boolean perJurisdiction() {
        return perJurisdiction;
    }

    /** The id of this rule's parameter for {@code jurisdiction}; only for a {@link #perJurisdiction()} rule. */
    public RuleId idFor(String jurisdiction) {
        if (!perJurisdiction()) {
            throw new IllegalArgumentException(id + " is not per jurisdiction");
        }
        return RuleId.of(id.value() + "-" + jurisdiction);
    }

    /** The rule with this id, or null; a per-jurisdiction parameter is found through the rulebook instead. */
    public static Rule byId(String id) {
        for (Rule rule : values()) {
            if (!rule.perJurisdiction() && rule.id.value().equals(id)) {
                return rule;
            }
        }
        return null;
    }

    /** The scope argument of a per-jurisdiction rule; nested so that the constants above may name it. */
    private static final class Scopes {
        static final String EACH_JURISDICTION = "*";
    }
}
