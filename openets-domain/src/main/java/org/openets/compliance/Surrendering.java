package org.openets.compliance;

import java.time.LocalDate;
import java.util.List;
import org.openets.core.ApplyContext;
import org.openets.core.Position;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.mrv.EntityRegistered;
import org.openets.mrv.Mrv;
import org.openets.mrv.ReportVersion;
import org.openets.registry.RegistryRejects;
import org.openets.registry.SerialBlock;
import org.openets.registry.Settlement;
import org.openets.registry.UnitCode;
import org.openets.registry.UnitKind;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Fields;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/** Offset projects and surrender against an obligation (DOMAIN §7, §10). */
final class Surrendering {

    /** Allowances of this vintage or earlier are 2024–2025 allowances, usable later only as carry-over. */
    static final int LAST_CARRY_OVER_VINTAGE = 2025;

    private final ComplianceLedger ledger;
    private final Rulebook rulebook;
    private final Settlement settlement;
    private final Mrv mrv;

    Surrendering(ComplianceLedger ledger, Rulebook rulebook, Settlement settlement, Mrv mrv) {
        this.ledger = ledger;
        this.rulebook = rulebook;
        this.settlement = settlement;
        this.mrv = mrv;
    }

    Rejection recordProject(RecordOffsetProject c, ApplyContext context) {
        String host = c.hostEntityId() == null ? "" : c.hostEntityId();
        Rejection invalid = ComplianceChecks.firstOf(ComplianceChecks.id("projectId", c.projectId()),
                c.registeredOnEpochDay() < 0 || c.registeredOnEpochDay() > LocalDate.of(2099, 12, 31).toEpochDay()
                        ? ComplianceChecks.invalid("registeredOnEpochDay", "a registration date is 1970 to 2099")
                        : null,
                host.isEmpty() ? null : ComplianceChecks.id("hostEntityId", host));
        if (invalid != null) {
            return invalid;
        }
        String issuer = projectIssuer(c.projectId());
        if (issuer == null) {
            return ComplianceChecks.invalid("projectId", "a project id is CCER-<project> or FSC|ASC-<jurisdiction>-"
                    + "<project>: a credit's unit code without its vintage");
        }
        Rejection unknown = rulebook.knownJurisdiction(issuer, "projectId");
        if (unknown != null) {
            return unknown;
        }
        Actor actor = rulebook.actor(context.actorId());
        if (actor == null || !actor.isRegulatorOf(issuer)) {
            return ComplianceChecks.notAuthorised(ComplianceRejects.PROJECT_AUTHORITY, "projects of " + issuer
                    + " credits are recorded by a regulator of " + issuer);
        }
        if (!host.isEmpty() && mrv.registered(host) == null) {
            return Rejection.of(ComplianceRejects.UNKNOWN_ENTITY, "hostEntityId", ComplianceRejects.ENTITY_KNOWN,
                    "no registered entity " + host);
        }
        if (ledger.projects.containsKey(c.projectId())) {
            return Rejection.of(ComplianceRejects.DUPLICATE_ID, "projectId", ComplianceRejects.PROJECT_ID_UNIQUE,
                    "project " + c.projectId() + " is already recorded");
        }
        ledger.record(context, new OffsetProjectRecorded(c.projectId(), c.registeredOnEpochDay(), host,
                context.actorId()));
        return null;
    }

    /** The jurisdiction issuing a project's credits (the unified authority for CCER), or null if not a project id. */
    private String projectIssuer(String projectId) {
        String[] parts = projectId.split("-", -1);
        String sample = switch (parts[0]) {
            case "CCER" -> parts.length == 2 ? "CCER-2024-" + parts[1] : null;
            case "FSC", "ASC" -> parts.length == 3 ? parts[0] + "-" + parts[1] + "-2024-" + parts[2] : null;
            default -> null;
        };
        UnitCode code = sample == null ? null : settlement.unitCode(sample);
        return code == null ? null : code.jurisdiction();
    }

    /** The project record id of a credit: its unit code without the vintage. */
    static String projectId(UnitCode code) {
        return code.kind() == UnitKind.CCER ? "CCER-" + code.project()
                : code.code().substring(0, code.code().indexOf('-', 4) + 1) + code.project();
    }

    Rejection surrender(SurrenderForCompliance c, ApplyContext context) {
        Rejection invalid = ComplianceChecks.firstOf(ComplianceChecks.id("entityId", c.entityId()),
                ComplianceChecks.year(c.year()), ComplianceChecks.positive("quantity", c.quantity(),
                        ComplianceRejects.MAX_QUANTITY),
                Fields.isId(c.unit()) ? null : ComplianceChecks.invalid("unit", "unit is required"));
        if (invalid != null) {
            return invalid;
        }
        UnitCode code = settlement.unitCode(c.unit());
        if (code == null) {
            return Rejection.of(RejectCode.INVALID_FIELD, "unit", RegistryRejects.UNIT_CODE, "not a unit code");
        }
        EntityRegistered entity = mrv.registered(c.entityId());
        if (entity == null) {
            return Rejection.of(ComplianceRejects.UNKNOWN_ENTITY, "entityId", ComplianceRejects.ENTITY_KNOWN,
                    "no registered entity " + c.entityId());
        }
        String account = entity.holdingAccountId();
        Actor actor = rulebook.actor(context.actorId());
        if (!settlement.isRepresentative(account, context.actorId())
                && (actor == null || !actor.isRegulatorOf(entity.jurisdiction()))) {
            return ComplianceChecks.notAuthorised(ComplianceRejects.SURRENDER_AUTHORITY, "a representative of "
                    + account + " or a regulator of " + entity.jurisdiction() + " surrenders for " + c.entityId());
        }
        if (mrv.nationallyListedIn(c.entityId(), c.year())) {
            return Rejection.of(ComplianceRejects.NATIONAL_MARKET, "year", ComplianceRejects.NO_REGIONAL_OBLIGATION,
                    c.entityId() + " is on the national list for " + c.year() + " and surrenders there");
        }
        ReportVersion report = mrv.confirmedReport(c.entityId(), c.year());
        if (report == null) {
            return Rejection.of(ComplianceRejects.NO_CONFIRMED_REPORT, "year", ComplianceRejects.OBLIGATION_KNOWN,
                    c.entityId() + " has no confirmed report of " + c.year() + ", so its obligation is not known");
        }
        if (ledger.close(entity.jurisdiction(), c.year()) != null) {
            return Rejection.of(ComplianceRejects.ALREADY_CLOSED, "year", ComplianceRejects.YEAR_OPEN,
                    "compliance year " + c.year() + " of " + entity.jurisdiction() + " is closed");
        }
        if (settlement.isFrozen(account)) {
            return Rejection.of(RegistryRejects.ACCOUNT_FROZEN, "entityId",
                    RegistryRejects.FROZEN_ACCOUNT_SENDS_NOTHING, "holding account " + account + " is frozen");
        }
        boolean offset = code.kind() != UnitKind.ALLOWANCE && code.kind() != UnitKind.UNIFIED_ALLOWANCE;
        Rejection ineligible = offset ? creditEligibility(code, c.year(), context.timestampMillis())
                : allowanceEligibility(code, entity, c, context.timestampMillis());
        if (ineligible != null) {
            return ineligible;
        }
        long obligation = report.drafted().obligationTonnes();
        ComplianceLedger.Standing standing = ledger.standing(c.entityId(), c.year());
        long allowances = standing == null ? 0 : standing.allowances;
        long credits = standing == null ? 0 : standing.credits;
        if (offset) {
            long capBps = rulebook.valueAt(Rule.CMP_OFFSET_CAP_BPS, context.timestampMillis());
            long cap = OffsetCap.cap(obligation, capBps);
            if (credits + c.quantity() > cap) {
                return Rejection.of(ComplianceRejects.OFFSET_CAP_EXCEEDED, "quantity", Rule.CMP_OFFSET_CAP_BPS.id(),
                        (credits + c.quantity()) + " t of credits for " + c.year() + " exceed the cap of " + cap
                                + " t (" + capBps + " bps of " + obligation + " t) [MEE19 Art 29]");
            }
        }
        if (allowances + credits + c.quantity() > obligation) {
            return Rejection.of(ComplianceRejects.OBLIGATION_EXCEEDED, "quantity", ComplianceRejects.WITHIN_OBLIGATION,
                    (allowances + credits) + " t already surrendered; " + c.quantity() + " t more would exceed the "
                            + "obligation of " + obligation + " t for " + c.year());
        }
        long available = settlement.balance(account, c.unit(), Position.AVAILABLE);
        if (available < c.quantity()) {
            return Rejection.of(RegistryRejects.INSUFFICIENT_UNITS, "quantity", RegistryRejects.AVAILABLE_ONLY,
                    account + " holds " + available + " t of " + c.unit() + " available");
        }
        boolean carriedOver = !offset && carriedOver(code, c.year());
        List<SerialBlock> blocks = settlement.moveWithin(account, c.unit(), Position.AVAILABLE, Position.SURRENDERED,
                c.quantity());
        ledger.record(context, new ComplianceSurrendered(c.entityId(), c.year(), account, c.unit(), c.quantity(),
                offset, carriedOver, context.actorId(), blocks));
        return null;
    }

    private static boolean carriedOver(UnitCode code, int year) {
        return year > LAST_CARRY_OVER_VINTAGE && code.vintage() <= LAST_CARRY_OVER_VINTAGE;
    }

    private Rejection allowanceEligibility(UnitCode code, EntityRegistered entity, SurrenderForCompliance c,
                                           long nowMillis) {
        if (code.kind() == UnitKind.ALLOWANCE && !code.jurisdiction().equals(entity.jurisdiction())) {
            return Rejection.of(ComplianceRejects.UNIT_NOT_ELIGIBLE, "unit", ComplianceRejects.ALLOWANCE_JURISDICTION,
                    c.entityId() + " of " + entity.jurisdiction() + " surrenders allowances of "
                            + entity.jurisdiction() + " or of the unified-market authority, not " + c.unit());
        }
        // Banking is allowed, borrowing is not [P2324 §7]: a vintage never counts for an earlier year.
        if (code.vintage() > c.year()) {
            return Rejection.of(ComplianceRejects.UNIT_NOT_ELIGIBLE, "unit", ComplianceRejects.NO_BORROWING,
                    c.unit() + " is of vintage " + code.vintage() + " and cannot cover " + c.year());
        }
        // P2324 §7: 2024–2025 allowances count for 2026 and later only within the approved carry-over.
        if (carriedOver(code, c.year())) {
            long remaining = ledger.carryOverRemaining(c.entityId());
            if (c.quantity() > remaining) {
                return Rejection.of(ComplianceRejects.UNIT_NOT_ELIGIBLE, "quantity", ComplianceRejects.CARRY_OVER_LIMIT,
                        c.unit() + " counts for " + c.year() + " only within the approved carry-over; "
                                + remaining + " t of it remain [P2324 §7]");
            }
        }
        return null;
    }

    private Rejection creditEligibility(UnitCode code, int year, long nowMillis) {
        if (code.kind() == UnitKind.INCLUSION_CREDIT) {
            return Rejection.of(ComplianceRejects.UNIT_NOT_ELIGIBLE, "unit",
                    ComplianceRejects.INCLUSION_NOT_FOR_COMPLIANCE, "inclusion credits are not compliance units");
        }
        String projectId = projectId(code);
        OffsetProjectRecorded project = ledger.projects.get(projectId);
        if (project == null) {
            return Rejection.of(ComplianceRejects.UNKNOWN_PROJECT, "unit", ComplianceRejects.PROJECT_RECORDED,
                    "project " + projectId + " is not recorded, so its credits are not eligible");
        }
        if (code.kind() == UnitKind.CCER) {
            long after = rulebook.valueAt(Rule.CMP_CCER_REGISTERED_AFTER, nowMillis);
            if (project.registeredOnEpochDay() <= after) {
                return Rejection.of(ComplianceRejects.UNIT_NOT_ELIGIBLE, "unit", Rule.CMP_CCER_REGISTERED_AFTER.id(),
                        "project " + projectId + " was registered " + LocalDate.ofEpochDay(project.registeredOnEpochDay())
                                + "; " + year + " accepts only CCERs of projects registered after "
                                + LocalDate.ofEpochDay(after) + " [P2526D]");
            }
        }
        if (project.hostedByEntity()) {
            return Rejection.of(ComplianceRejects.UNIT_NOT_ELIGIBLE, "unit", ComplianceRejects.COVERED_ENTITY,
                    "project " + projectId + " lies inside covered entity " + project.hostEntityId()
                            + " [MEE19 Art 29]");
        }
        return null;
    }
}
