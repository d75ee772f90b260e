package org.openets.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.openets.allocation.AllocationCut;
import org.openets.allocation.AllocationDeducted;
import org.openets.allocation.AllocationTrueUp;
import org.openets.allocation.AllocationYearOpened;
import org.openets.allocation.AuctionVolumeWithheld;
import org.openets.allocation.ReserveCancelled;
import org.openets.allocation.ReserveReleased;
import org.openets.allocation.UnitsPreAllocated;
import org.openets.compliance.ComplianceClosed;
import org.openets.compliance.ComplianceSurrendered;
import org.openets.compliance.OffsetProjectRecorded;
import org.openets.compliance.ReportingFailureRecorded;
import org.openets.compliance.ShortfallAssessed;
import org.openets.compliance.ShortfallFineImposed;
import org.openets.compliance.ViolationFineImposed;

/**
 * The projections of the allocation and compliance contexts into their tables (migration V5). The units these
 * events move reach {@code holdings} through the projector's movement sums, not through these tables.
 */
public final class ComplianceProjections {

    private static final String INSERT_DELIVERY = "INSERT INTO allocation_deliveries (sequence, event_index, kind,"
            + " jurisdiction, allocation_year, entity_id, unit, method, final_tonnes, delivered_tonnes,"
            + " clawed_back_tonnes, outstanding_tonnes, holding_account_id, delivered_at_millis)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ADJUSTMENT = "INSERT INTO allocation_adjustments (sequence, event_index, kind,"
            + " entity_id, allocation_year, tonnes, basis_points, decision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private ComplianceProjections() {
    }

    public static List<EventProjection<?>> all() {
        return List.of(
                EventProjection.of(AllocationYearOpened.class, ComplianceProjections::yearOpened),
                EventProjection.of(ReserveReleased.class, (e, sql) -> sql.add("UPDATE allocation_years"
                        + " SET released_tonnes = released_tonnes + ?, updated_sequence = ?"
                        + " WHERE jurisdiction = ? AND allocation_year = ?", e.event().quantity(), e.sequence(),
                        e.event().jurisdiction(), e.event().year())),
                EventProjection.of(AuctionVolumeWithheld.class, (e, sql) -> sql.add("UPDATE allocation_years"
                        + " SET withheld_tonnes = withheld_tonnes + ?, updated_sequence = ?"
                        + " WHERE jurisdiction = ? AND allocation_year = ?", e.event().quantity(), e.sequence(),
                        e.event().jurisdiction(), e.event().year())),
                EventProjection.of(ReserveCancelled.class, (e, sql) -> sql.add("UPDATE allocation_years"
                        + " SET cancelled_tonnes = cancelled_tonnes + ?, updated_sequence = ?"
                        + " WHERE jurisdiction = ? AND allocation_year = ?", e.event().quantity(), e.sequence(),
                        e.event().jurisdiction(), e.event().year())),
                EventProjection.of(UnitsPreAllocated.class, ComplianceProjections::preAllocated),
                EventProjection.of(AllocationTrueUp.class, ComplianceProjections::trueUp),
                EventProjection.of(AllocationDeducted.class, (e, sql) -> sql.add(INSERT_ADJUSTMENT, e.sequence(),
                        e.index(), "DEDUCTION", e.event().entityId(), e.event().year(), e.event().tonnes(), 0,
                        e.event().decision())),
                EventProjection.of(AllocationCut.class, (e, sql) -> sql.add(INSERT_ADJUSTMENT, e.sequence(),
                        e.index(), "CUT", e.event().entityId(), e.event().year(), 0L, e.event().basisPoints(),
                        e.event().decision())),
                EventProjection.of(ComplianceSurrendered.class, ComplianceProjections::surrendered),
                EventProjection.of(ComplianceClosed.class, ComplianceProjections::closed),
                EventProjection.of(ShortfallAssessed.class, ComplianceProjections::shortfallAssessed),
                EventProjection.of(ShortfallFineImposed.class, (e, sql) -> sql.add("UPDATE compliance_shortfalls"
                        + " SET fine_multiple = ?, fine_fen = ?, fined_by = ?, updated_sequence = ?"
                        + " WHERE entity_id = ? AND compliance_year = ?", e.event().multiple(), e.event().fineFen(),
                        e.event().imposedBy(), e.sequence(), e.event().entityId(), e.event().year())),
                EventProjection.of(ReportingFailureRecorded.class, (e, sql) -> sql.add("INSERT INTO"
                        + " reporting_failures (entity_id, compliance_year, jurisdiction, decision, recorded_sequence)"
                        + " VALUES (?, ?, ?, ?, ?)", e.event().entityId(), e.event().year(),
                        e.event().jurisdiction(), e.event().decision(), e.sequence())),
                EventProjection.of(ViolationFineImposed.class, ComplianceProjections::violationFine),
                EventProjection.of(OffsetProjectRecorded.class, (e, sql) -> sql.add("INSERT INTO offset_projects"
                        + " (project_id, registered_on, host_entity_id, recorded_by, recorded_sequence)"
                        + " VALUES (?, ?, ?, ?, ?)", e.event().projectId(),
                        LocalDate.ofEpochDay(e.event().registeredOnEpochDay()),
                        e.event().hostedByEntity() ? e.event().hostEntityId() : null, e.event().recordedBy(),
                        e.sequence())));
    }

    private static void yearOpened(ProjectedEvent<AllocationYearOpened> e, SqlBatch sql) throws SQLException {
        AllocationYearOpened y = e.event();
        sql.add("INSERT INTO allocation_years (jurisdiction, allocation_year, unit, cap_tonnes, free_tonnes,"
                + " auctioned_tonnes, reserved_tonnes, released_tonnes, withheld_tonnes, cancelled_tonnes,"
                + " issuance_account_id, auction_account_id, reserve_account_id, opened_sequence, updated_sequence)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)", y.jurisdiction(), y.year(), y.unit(),
                y.capTonnes(), y.freeTonnes(), y.auctionedTonnes(), y.reservedTonnes(), y.issuanceAccountId(),
                y.auctionAccountId(), y.reserveAccountId(), e.sequence(), e.sequence());
    }

    private static void preAllocated(ProjectedEvent<UnitsPreAllocated> e, SqlBatch sql) throws SQLException {
        UnitsPreAllocated p = e.event();
        sql.add(INSERT_DELIVERY, e.sequence(), e.index(), "PRE_ALLOCATION", p.jurisdiction(), p.year(),
                p.entityId(), p.unit(), p.method(), null, p.tonnes(), 0L, 0L, p.holdingAccountId(),
                e.timestampMillis());
    }

    private static void trueUp(ProjectedEvent<AllocationTrueUp> e, SqlBatch sql) throws SQLException {
        AllocationTrueUp t = e.event();
        sql.add(INSERT_DELIVERY, e.sequence(), e.index(), "TRUE_UP", t.jurisdiction(), t.year(), t.entityId(),
                t.unit(), t.method(), t.finalTonnes(), t.deliveredTonnes(), t.clawedBackTonnes(),
                t.outstandingTonnes(), t.holdingAccountId(), e.timestampMillis());
    }

    private static void surrendered(ProjectedEvent<ComplianceSurrendered> e, SqlBatch sql) throws SQLException {
        ComplianceSurrendered s = e.event();
        sql.add("INSERT INTO compliance_surrenders (sequence, event_index, entity_id, compliance_year, account_id,"
                + " unit, quantity_tonnes, offset_credit, carried_over, surrendered_by, surrendered_at_millis)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.sequence(), e.index(), s.entityId(), s.year(),
                s.accountId(), s.unit(), s.quantity(), s.offset(), s.carriedOver(), s.surrenderedBy(),
                e.timestampMillis());
    }

    private static void closed(ProjectedEvent<ComplianceClosed> e, SqlBatch sql) throws SQLException {
        ComplianceClosed c = e.event();
        sql.add("INSERT INTO compliance_closes (jurisdiction, compliance_year, deadline, entities_assessed,"
                + " compliant, short_entities, shortfall_tonnes, reporting_failures, window_price_fen, price_basis,"
                + " window_volume, decision, closed_by, closed_sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)", c.jurisdiction(), c.year(), LocalDate.ofEpochDay(c.deadlineEpochDay()),
                c.entitiesAssessed(), c.compliant(), c.shortEntities(), c.shortfallTonnes(), c.reportingFailures(),
                c.windowPriceFen(), c.priceBasis(), c.windowVolume(), c.decision(), c.closedBy(), e.sequence());
    }

    private static void shortfallAssessed(ProjectedEvent<ShortfallAssessed> e, SqlBatch sql) throws SQLException {
        ShortfallAssessed s = e.event();
        sql.add("INSERT INTO compliance_shortfalls (entity_id, compliance_year, jurisdiction, obligation_tonnes,"
                + " surrendered_tonnes, shortfall_tonnes, window_price_fen, min_fine_fen, max_fine_fen,"
                + " deduction_tonnes, decision, assessed_sequence, updated_sequence)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.entityId(), s.year(), s.jurisdiction(),
                s.obligationTonnes(), s.surrenderedTonnes(), s.shortfallTonnes(), s.windowPriceFen(),
                s.minFineFen(), s.maxFineFen(), s.deductionTonnes(), s.decision(), e.sequence(), e.sequence());
    }

    private static void violationFine(ProjectedEvent<ViolationFineImposed> e, SqlBatch sql) throws SQLException {
        ViolationFineImposed v = e.event();
        sql.add("INSERT INTO violation_fines (sequence, event_index, party_id, compliance_year, violation,"
                + " legal_basis, gains_fen, confiscation_fen, fine_fen, allocation_cut_bps, decision, imposed_by,"
                + " imposed_at_millis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.sequence(), e.index(),
                v.entityId(), v.year(), v.violation(), v.legalBasis(), v.gainsFen(), v.confiscationFen(),
                v.fineFen(), v.allocationCutBps(), v.decision(), v.imposedBy(), e.timestampMillis());
    }
}
