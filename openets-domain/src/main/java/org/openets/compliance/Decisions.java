package org.openets.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openets.allocation.AllocationInputException;
import org.openets.core.ApplyContext;
import org.openets.core.MarketTime;
import org.openets.core.Position;
import org.openets.core.Rejection;
import org.openets.core.RuleId;
import org.openets.exchange.Exchange;
import org.openets.mrv.EntityRegistered;
import org.openets.mrv.Mrv;
import org.openets.mrv.ReportVersion;
import org.openets.registry.Settlement;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/**
 * The regulator's compliance decisions: the close of a year with its shortfalls, window price and deductions
 * (REG24 Art 24; DOMAIN §7), shortfall and violation fines (REG24 Art 21–24, 26) and the 2025 carry-over
 * (P2324 §7, Annex 5).
 */
final class Decisions {

    private final ComplianceLedger ledger;
    private final WindowMarketData market;
    private final Rulebook rulebook;
    private final Settlement settlement;
    private final Mrv mrv;
    private final Exchange exchange;
    private final AllocationAdjustments adjustments;

    Decisions(ComplianceLedger ledger, WindowMarketData market, Rulebook rulebook, Settlement settlement, Mrv mrv,
              Exchange exchange, AllocationAdjustments adjustments) {
        this.ledger = ledger;
        this.market = market;
        this.rulebook = rulebook;
        this.settlement = settlement;
        this.mrv = mrv;
        this.exchange = exchange;
        this.adjustments = adjustments;
    }

    static String closeDecision(String jurisdiction, int year) {
        return "CMP-CLOSE-" + jurisdiction + "-" + year;
    }

    // ---- close ----

    Rejection close(CloseCompliance c, ApplyContext context) {
        Rejection invalid = ComplianceChecks.firstOf(rulebook.knownJurisdiction(c.jurisdiction(), "jurisdiction"),
                ComplianceChecks.year(c.year()));
        if (invalid != null) {
            return invalid;
        }
        Rejection unauthorised = regulatorOf(c.jurisdiction(), context);
        if (unauthorised != null) {
            return unauthorised;
        }
        if (ledger.close(c.jurisdiction(), c.year()) != null) {
            return Rejection.of(ComplianceRejects.ALREADY_CLOSED, "year", ComplianceRejects.CLOSE_ONCE,
                    "compliance year " + c.year() + " of " + c.jurisdiction() + " is already closed");
        }
        long now = context.timestampMillis();
        LocalDate deadline = ComplianceChecks.deadline(rulebook, c.year(), now);
        long deadlineEnds = MarketTime.epochMillis(deadline.plusDays(1).atStartOfDay());
        if (now < deadlineEnds) {
            return Rejection.of(ComplianceRejects.BEFORE_DEADLINE, "year", Rule.CMP_SURRENDER_DEADLINE.id(),
                    "the surrender deadline of " + c.year() + " runs to the end of " + deadline + " (CST)");
        }
        List<EntityRegistered> assessed = new ArrayList<>();
        List<EntityRegistered> unreported = new ArrayList<>();
        long shortfallTotal = 0;
        int shortEntities = 0;
        for (EntityRegistered entity : mrv.registeredEntities()) {
            // A key emitter of the year surrenders in the national market, not here.
            if (!entity.jurisdiction().equals(c.jurisdiction()) || mrv.nationallyListedIn(entity.entityId(), c.year())) {
                continue;
            }
            ReportVersion report = mrv.confirmedReport(entity.entityId(), c.year());
            if (report != null) {
                assessed.add(entity);
                long shortfall = Math.max(0, report.drafted().obligationTonnes() - surrendered(entity, c.year()));
                if (shortfall > 0) {
                    shortEntities++;
                    shortfallTotal = Math.addExact(shortfallTotal, shortfall);
                }
            } else {
                unreported.add(entity);
            }
        }
        PenaltyWindow window = PenaltyWindow.endingOn(deadline);
        WindowPrice price = market.price(c.jurisdiction(), window);
        if (price == null && shortEntities > 0) {
            return Rejection.of(ComplianceRejects.NO_MARKET_PRICE, "jurisdiction", ComplianceRejects.WINDOW_PRICE,
                    "no allowance of " + c.jurisdiction() + " traded in " + window.firstDay() + ".." + deadline
                            + " and none closed before, so no fine can be priced");
        }
        String decision = closeDecision(c.jurisdiction(), c.year());
        ShortfallParameters parameters = shortfallParameters(now);
        boolean deduct = rulebook.valueAt(Rule.CMP_DEDUCT_SHORTFALL, now) == 1;
        LocalDate today = MarketTime.localDate(now);
        List<ShortfallAssessed> shortfalls = new ArrayList<>();
        for (EntityRegistered entity : assessed) {
            long obligation = mrv.confirmedReport(entity.entityId(), c.year()).drafted().obligationTonnes();
            long surrendered = surrendered(entity, c.year());
            if (surrendered >= obligation) {
                continue;
            }
            ShortfallPenalty penalty = ShortfallPenalty.assess(obligation, surrendered, price, parameters, today);
            ShortfallAssessed assessment = new ShortfallAssessed(entity.entityId(), c.year(), c.jurisdiction(),
                    obligation, surrendered, penalty.shortfall(), penalty.windowPriceFen(),
                    parameters.minMultiple().longValueExact(), parameters.maxMultiple().longValueExact(),
                    penalty.minFineFen(), penalty.maxFineFen(), deduct ? penalty.deduction() : 0, decision);
            ledger.record(context, assessment);
            shortfalls.add(assessment);
        }
        for (EntityRegistered entity : unreported) {
            ledger.record(context, new ReportingFailureRecorded(entity.entityId(), c.year(), c.jurisdiction(),
                    decision));
        }
        ledger.record(context, new ComplianceClosed(c.jurisdiction(), c.year(), deadline.toEpochDay(),
                assessed.size(), assessed.size() - shortEntities, shortEntities, shortfallTotal, unreported.size(),
                price == null ? 0 : price.priceFen(), price == null ? "NONE" : price.basis().name(),
                price == null ? 0 : price.volume(), decision, context.actorId()));
        // REG24 Art 24: a shortfall not corrected is deducted from the next year's allocation.
        for (ShortfallAssessed s : shortfalls) {
            if (s.deductionTonnes() > 0 && adjustments != null) {
                adjustments.deduct(context, s.entityId(), c.year() + 1, s.deductionTonnes(), decision);
            }
        }
        return null;
    }

    private long surrendered(EntityRegistered entity, int year) {
        ComplianceLedger.Standing standing = ledger.standing(entity.entityId(), year);
        return standing == null ? 0 : standing.surrendered();
    }

    ShortfallParameters shortfallParameters(long nowMillis) {
        return new ShortfallParameters(BigDecimal.valueOf(rulebook.valueAt(Rule.CMP_PENALTY_MULTIPLE_MIN, nowMillis)),
                BigDecimal.valueOf(rulebook.valueAt(Rule.CMP_PENALTY_MULTIPLE_MAX, nowMillis)), Optional.empty());
    }

    // ---- fines ----

    Rejection shortfallFine(ImposeShortfallFine c, ApplyContext context) {
        Rejection invalid = ComplianceChecks.firstOf(ComplianceChecks.id("entityId", c.entityId()),
                ComplianceChecks.year(c.year()));
        if (invalid != null) {
            return invalid;
        }
        EntityRegistered entity = mrv.registered(c.entityId());
        if (entity == null) {
            return unknownEntity("entityId", c.entityId());
        }
        Rejection unauthorised = regulatorOf(entity.jurisdiction(), context);
        if (unauthorised != null) {
            return unauthorised;
        }
        ComplianceLedger.Standing standing = ledger.standing(c.entityId(), c.year());
        ShortfallAssessed assessment = standing == null ? null : standing.assessment;
        if (assessment == null) {
            return Rejection.of(ComplianceRejects.NOT_SHORT, "year", ComplianceRejects.SHORTFALL_ASSESSED,
                    c.entityId() + " has no shortfall assessed for " + c.year());
        }
        if (standing.fine != null) {
            return Rejection.of(ComplianceRejects.ALREADY_CLOSED, "year", ComplianceRejects.FINE_ONCE,
                    "the shortfall of " + c.entityId() + " for " + c.year() + " is already fined");
        }
        BigDecimal multiple;
        try {
            multiple = new BigDecimal(c.multiple());
        } catch (NumberFormatException | NullPointerException e) {
            return ComplianceChecks.invalid("multiple", "a multiple is exact decimal text such as 5 or 7.5");
        }
        BigDecimal min = BigDecimal.valueOf(assessment.minMultiple());
        BigDecimal max = BigDecimal.valueOf(assessment.maxMultiple());
        if (multiple.compareTo(min) < 0 || multiple.compareTo(max) > 0) {
            RuleId rule = multiple.compareTo(min) < 0 ? Rule.CMP_PENALTY_MULTIPLE_MIN.id()
                    : Rule.CMP_PENALTY_MULTIPLE_MAX.id();
            return Rejection.of(ComplianceRejects.OUT_OF_RANGE, "multiple", rule, "the multiple must lie in " + min
                    + ".." + max + " × the window price [REG24 Art 24], was " + multiple.toPlainString());
        }
        ShortfallPenalty penalty = ShortfallPenalty.assess(assessment.obligationTonnes(),
                assessment.surrenderedTonnes(), assessment.windowPriceFen(),
                new ShortfallParameters(min, max, Optional.empty()), MarketTime.localDate(context.timestampMillis()));
        long fine = penalty.fineAt(multiple);
        ledger.record(context, new ShortfallFineImposed(c.entityId(), c.year(), assessment.shortfallTonnes(),
                assessment.windowPriceFen(), multiple.toPlainString(), fine, context.actorId()));
        return null;
    }

    Rejection violationFine(ImposeViolationFine c, ApplyContext context) {
        Rejection invalid = ComplianceChecks.firstOf(ComplianceChecks.id("entityId", c.entityId()),
                ComplianceChecks.year(c.year()),
                c.violation() == null ? ComplianceChecks.invalid("violation", "violation is required") : null,
                c.gainsFen() < 0 || c.gainsFen() > ComplianceRejects.MAX_FEN
                        ? ComplianceChecks.invalid("gainsFen", "gainsFen must lie in 0.." + ComplianceRejects.MAX_FEN)
                        : null,
                c.fineFen() < 0 || c.fineFen() > ComplianceRejects.MAX_FEN
                        ? ComplianceChecks.invalid("fineFen", "fineFen must lie in 0.." + ComplianceRejects.MAX_FEN)
                        : null);
        if (invalid != null) {
            return invalid;
        }
        EntityRegistered entity = mrv.registered(c.entityId());
        Actor actor = rulebook.actor(context.actorId());
        boolean authorised = actor != null && (entity == null ? actor.role() == org.openets.rulebook.Role.REGULATOR
                : actor.isRegulatorOf(entity.jurisdiction()));
        if (!authorised) {
            return ComplianceChecks.notAuthorised(ComplianceRejects.REGULATOR_ONLY, entity == null
                    ? "only a regulator fines violations" : "only a regulator of " + entity.jurisdiction()
                    + " fines " + c.entityId());
        }
        if (c.allocationCutBps() != 0) {
            // REG24 Art 22: an entity's data fraud, not corrected, cuts its next year's allocation by 50–100 %.
            if (c.violation() != Violation.DATA_FRAUD || entity == null) {
                return Rejection.of(ComplianceRejects.OUT_OF_RANGE, "allocationCutBps",
                        ComplianceRejects.ALLOCATION_CUT, "only a registered entity's data fraud cuts its allocation");
            }
            if (c.allocationCutBps() < 5_000 || c.allocationCutBps() > 10_000) {
                return Rejection.of(ComplianceRejects.OUT_OF_RANGE, "allocationCutBps",
                        ComplianceRejects.ALLOCATION_CUT, "a cut lies in 5000..10000 bps [REG24 Art 22], was "
                                + c.allocationCutBps());
            }
        }
        ViolationFines fines;
        try {
            fines = ViolationFines.assess(c.violation(), c.gainsFen());
            fines.requireWithin(c.fineFen());
        } catch (ComplianceInputException e) {
            return Rejection.of(ComplianceRejects.OUT_OF_RANGE, e.field(), RuleId.of(e.ruleId()), e.getMessage());
        }
        String decision = "CMP-FINE-" + c.entityId() + "-" + c.year() + "-" + context.sequence();
        ledger.record(context, new ViolationFineImposed(c.entityId(), c.year(), c.violation(),
                c.violation().legalBasis(), c.gainsFen(), fines.confiscationFen(), c.fineFen(), c.allocationCutBps(),
                decision, context.actorId()));
        if (c.allocationCutBps() > 0 && adjustments != null) {
            adjustments.cut(context, c.entityId(), c.year() + 1, c.allocationCutBps(), decision);
        }
        return null;
    }

    // ---- carry-over ----

    Rejection approveCarryOver(ApproveCarryOver c, ApplyContext context) {
        Rejection invalid = ComplianceChecks.firstOf(ComplianceChecks.id("entityId", c.entityId()),
                ComplianceChecks.positive("requestedTonnes", c.requestedTonnes(), ComplianceRejects.MAX_QUANTITY));
        if (invalid != null) {
            return invalid;
        }
        EntityRegistered entity = mrv.registered(c.entityId());
        if (entity == null) {
            return unknownEntity("entityId", c.entityId());
        }
        Rejection unauthorised = regulatorOf(entity.jurisdiction(), context);
        if (unauthorised != null) {
            return unauthorised;
        }
        int lastYear = Surrendering.LAST_CARRY_OVER_VINTAGE;
        if (ledger.close(entity.jurisdiction(), lastYear) == null) {
            return Rejection.of(ComplianceRejects.NOT_CLOSED, "entityId", ComplianceRejects.CARRY_OVER_AFTER_CLOSE,
                    "carry-over is approved after the " + lastYear + " compliance close of " + entity.jurisdiction()
                            + " [P2324 §7]");
        }
        if (ledger.carryOvers.containsKey(c.entityId())) {
            return Rejection.of(ComplianceRejects.DUPLICATE_ID, "entityId", ComplianceRejects.CARRY_OVER_ONCE,
                    "the carry-over of " + c.entityId() + " is already approved");
        }
        ComplianceLedger.Standing standing = ledger.standing(c.entityId(), lastYear);
        boolean compliant = mrv.confirmedReport(c.entityId(), lastYear) != null
                && (standing == null || standing.assessment == null && !standing.reportingFailure);
        if (!compliant) {
            return Rejection.of(ComplianceRejects.CARRY_OVER_REFUSED, "entityId", ComplianceRejects.CARRY_OVER_COMPLIER,
                    c.entityId() + " did not meet its " + lastYear + " obligation, so it may carry nothing over "
                            + "[P2324 §7]");
        }
        long now = context.timestampMillis();
        org.openets.allocation.CarryOver rule = new org.openets.allocation.CarryOver(
                rulebook.valueAt(Rule.CMP_CARRY_OVER_BASE_TONNES, now),
                BigDecimal.valueOf(rulebook.valueAt(Rule.CMP_CARRY_OVER_NET_SALES_MULTIPLE, now), 3));
        String account = entity.holdingAccountId();
        long netSales = exchange.netAllowanceSales(account, lastYear - 1, lastYear);
        long holdings = carryOverHoldings(account, entity.jurisdiction());
        long limit = rule.limit(netSales, holdings, true);
        try {
            rule.approve(c.requestedTonnes(), netSales, holdings, true);
        } catch (AllocationInputException e) {
            return Rejection.of(ComplianceRejects.CARRY_OVER_REFUSED, "requestedTonnes",
                    ComplianceRejects.CARRY_OVER_LIMIT, e.getMessage() + " (T = ⌊B + NS × R⌋ with NS " + netSales
                            + " t, at most the " + holdings + " t held) [P2324 §7, Annex 5]");
        }
        ledger.record(context, new CarryOverApproved(c.entityId(), account, c.requestedTonnes(), limit, netSales,
                holdings, context.actorId()));
        return null;
    }

    /** The account's allowances of vintage 2025 or earlier in every position not an end state. */
    private long carryOverHoldings(String account, String jurisdiction) {
        String unified = rulebook.unifiedAuthority().code();
        long held = 0;
        for (int vintage = ComplianceChecks.FIRST_YEAR; vintage <= Surrendering.LAST_CARRY_OVER_VINTAGE; vintage++) {
            for (String issuer : jurisdiction.equals(unified) ? List.of(unified) : List.of(jurisdiction, unified)) {
                String unit = issuer + "EA-" + vintage;
                for (Position position : Position.values()) {
                    if (!position.isEndState()) {
                        held = Math.addExact(held, settlement.balance(account, unit, position));
                    }
                }
            }
        }
        return held;
    }

    // ---- checks ----

    private Rejection regulatorOf(String jurisdiction, ApplyContext context) {
        Actor actor = rulebook.actor(context.actorId());
        return actor != null && actor.isRegulatorOf(jurisdiction) ? null
                : ComplianceChecks.notAuthorised(ComplianceRejects.REGULATOR_ONLY,
                "only a regulator of " + jurisdiction + " decides on its compliance");
    }

    private static Rejection unknownEntity(String field, String entityId) {
        return Rejection.of(ComplianceRejects.UNKNOWN_ENTITY, field, ComplianceRejects.ENTITY_KNOWN,
                "no registered entity " + entityId);
    }
}
