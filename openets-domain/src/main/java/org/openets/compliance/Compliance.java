package org.openets.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.openets.core.ApplyContext;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.BoundedContext;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.CommandHandlers;
import org.openets.core.Event;
import org.openets.core.RecordCodec;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;
import org.openets.exchange.Exchange;
import org.openets.exchange.InstrumentView;
import org.openets.exchange.TradingDayClosed;
import org.openets.mrv.EntityRegistered;
import org.openets.mrv.Mrv;
import org.openets.mrv.ReportVersion;
import org.openets.registry.Settlement;
import org.openets.registry.UnitCode;
import org.openets.registry.UnitKind;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/**
 * The compliance cycle (DOMAIN §7, §10, §5 carry-over): offset projects on record, surrender against the obligation
 * of a confirmed report with the offset cap and eligibility rules, the close of a jurisdiction's year after the
 * surrender deadline (shortfalls priced at the window price, reporting failures, deductions from the next year's
 * allocation through {@link AllocationAdjustments}), shortfall and violation fines, and the 2025 carry-over. It
 * keeps the jurisdictions' allowance trading per day from the exchange's day closes for the window price. Query
 * methods are for gateways on the engine thread and return copies.
 */
public final class Compliance implements BoundedContext {

    private final Rulebook rulebook;
    private final Settlement settlement;
    private final Mrv mrv;
    private final Exchange exchange;
    private final ComplianceLedger ledger = new ComplianceLedger();
    private final WindowMarketData market = new WindowMarketData();
    private final CommandHandlers handlers = new CommandHandlers();
    private final RecordCodec codec;

    /**
     * @param adjustments what compliance decisions do to future allocation (the allocation context); null records
     *                    deductions and cuts only in this context's events
     */
    public Compliance(Rulebook rulebook, Settlement settlement, Mrv mrv, Exchange exchange,
                      AllocationAdjustments adjustments) {
        this.rulebook = rulebook;
        this.settlement = settlement;
        this.mrv = mrv;
        this.exchange = exchange;
        Surrendering surrendering = new Surrendering(ledger, rulebook, settlement, mrv);
        Decisions decisions = new Decisions(ledger, market, rulebook, settlement, mrv, exchange, adjustments);
        handlers.on(RecordOffsetProject.class, surrendering::recordProject);
        handlers.on(SurrenderForCompliance.class, surrendering::surrender);
        handlers.on(CloseCompliance.class, decisions::close);
        handlers.on(ImposeShortfallFine.class, decisions::shortfallFine);
        handlers.on(ImposeViolationFine.class, decisions::violationFine);
        handlers.on(ApproveCarryOver.class, decisions::approveCarryOver);
        Catalog.Builder own = Catalog.builder();
        register(own);
        this.codec = new RecordCodec(own.build());
    }

    @Override
    public String name() {
        return "compliance";
    }

    @Override
    public void register(Catalog.Builder catalog) {
        List<Class<? extends Record>> commands = List.of(RecordOffsetProject.class, SurrenderForCompliance.class,
                CloseCompliance.class, ImposeShortfallFine.class, ImposeViolationFine.class, ApproveCarryOver.class);
        List<Class<? extends Record>> events = List.of(OffsetProjectRecorded.class, ComplianceSurrendered.class,
                ShortfallAssessed.class, ReportingFailureRecorded.class, ComplianceClosed.class,
                ShortfallFineImposed.class, ViolationFineImposed.class, CarryOverApproved.class);
        // Codes are journaled: append to these lists, never reorder them. Commands 1600-1699, events 1700-1799.
        catalog.addAll(1600, commands).addAll(1700, events);
    }

    @Override
    public boolean handles(Class<? extends Command> type) {
        return handlers.handles(type);
    }

    @Override
    public Rejection apply(Command command, ApplyContext context) {
        Rejection rejection = handlers.apply(command, context);
        return rejection == null ? null : rejection.withRulebookVersion(rulebook.version());
    }

    /** Takes the allowance day closes the exchange emitted earlier in this tick into the window data. */
    @Override
    public void advanceTime(ApplyContext context) {
        for (Event event : context.emitted()) {
            if (event instanceof TradingDayClosed closed) {
                InstrumentView instrument = exchange.instrument(closed.symbol(), context.timestampMillis());
                UnitCode code = instrument == null ? null : settlement.unitCode(instrument.unit());
                if (code != null && (code.kind() == UnitKind.ALLOWANCE || code.kind() == UnitKind.UNIFIED_ALLOWANCE)) {
                    market.dayClosed(code.jurisdiction(), closed.epochDay(), closed.closeFen(), closed.volume(),
                            closed.turnoverFen(), closed.blockVolume(), closed.blockTurnoverFen());
                }
            }
        }
    }

    @Override
    public void hashState(StateHasher hasher) {
        BinaryWriter out = new BinaryWriter(1 << 10);
        writeSnapshot(out, codec);
        hasher.putBytes(out.toByteArray());
    }

    @Override
    public void writeSnapshot(BinaryWriter out, RecordCodec ignored) {
        out.putInt(ledger.log.size());
        ledger.log.forEach(e -> codec.writeTagged(out, (Record) e));
        market.write(out);
    }

    @Override
    public void readSnapshot(BinaryReader in, RecordCodec ignored) {
        ledger.clear();
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            ledger.replay((Event) codec.readTagged(in));
        }
        market.read(in);
    }

    // ---- queries (engine thread) ----

    /** The entity's compliance for {@code year}, or null for an unknown entity. */
    public ComplianceView status(String entityId, int year) {
        EntityRegistered entity = mrv.registered(entityId);
        return entity == null ? null : view(entity, year);
    }

    /** Every registered entity's compliance for {@code year}, sorted by entity id. */
    public List<ComplianceView> statuses(int year) {
        List<ComplianceView> views = new ArrayList<>();
        for (EntityRegistered entity : mrv.registeredEntities()) {
            views.add(view(entity, year));
        }
        return views;
    }

    /** The close of a jurisdiction's compliance year, or null while it is open. */
    public ComplianceClosed closeSummary(String jurisdiction, int year) {
        return ledger.close(jurisdiction, year);
    }

    /** The recorded offset project, or null. */
    public OffsetProjectRecorded offsetProject(String projectId) {
        return ledger.projects.get(projectId);
    }

    /** The entity's approved carry-over, or null. */
    public CarryOverApproved carryOver(String entityId) {
        ComplianceLedger.CarryOver carryOver = ledger.carryOvers.get(entityId);
        return carryOver == null ? null : carryOver.approval;
    }

    /** Tonnes of the entity's approved carry-over not yet surrendered. */
    public long carryOverRemaining(String entityId) {
        return ledger.carryOverRemaining(entityId);
    }

    /** Every violation fine imposed on the party, in order. */
    public List<ViolationFineImposed> violationFines(String entityId) {
        return List.copyOf(ledger.violationFines.getOrDefault(entityId, List.of()));
    }

    private ComplianceView view(EntityRegistered entity, int year) {
        ComplianceLedger.Standing s = ledger.standing(entity.entityId(), year);
        ReportVersion report = mrv.confirmedReport(entity.entityId(), year);
        boolean closed = ledger.close(entity.jurisdiction(), year) != null;
        long allowances = s == null ? 0 : s.allowances;
        long credits = s == null ? 0 : s.credits;
        OptionalLong obligation = report == null ? OptionalLong.empty()
                : OptionalLong.of(report.drafted().obligationTonnes());
        ComplianceStatus status = ComplianceStatus.of(entity.entityId(), year, obligation, allowances, credits, closed);
        ComplianceStanding standing = mrv.nationallyListedIn(entity.entityId(), year)
                ? ComplianceStanding.NATIONAL_MARKET : switch (status.state()) {
            case COMPLIANT -> ComplianceStanding.COMPLIANT;
            case SHORT -> ComplianceStanding.SHORTFALL;
            case PENDING -> s != null && s.reportingFailure ? ComplianceStanding.NOT_REPORTED
                    : ComplianceStanding.PENDING;
        };
        long cap = obligation.isPresent() ? OffsetCap.cap(obligation.getAsLong(),
                rulebook.valueAt(Rule.CMP_OFFSET_CAP_BPS, Long.MAX_VALUE)) : 0;
        ShortfallAssessed a = s == null ? null : s.assessment;
        return new ComplianceView(entity.entityId(), year, entity.jurisdiction(), obligation.isPresent(),
                obligation.orElse(0), allowances, credits, cap, status.shortfall(),
                a == null ? 0 : a.windowPriceFen(), a == null ? 0 : a.minFineFen(), a == null ? 0 : a.maxFineFen(),
                s == null || s.fine == null ? 0 : s.fine.fineFen(), a == null ? 0 : a.deductionTonnes(), standing);
    }
}
