package org.openets.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.ApplyContext;
import org.openets.core.Event;

/**
 * The compliance context's state, built only from its own events (so a snapshot is the event log and replaying it
 * restores the state): offset projects, per (entity, year) what was surrendered and decided, closes per
 * (jurisdiction, year) and approved carry-overs.
 */
final class ComplianceLedger {

    /** What one entity surrendered and was decided for one year. */
    static final class Standing {
        long allowances;
        long credits;
        ShortfallAssessed assessment;
        boolean reportingFailure;
        ShortfallFineImposed fine;

        long surrendered() {
            return Math.addExact(allowances, credits);
        }
    }

    /** An approved carry-over and how much of it surrenders have used. */
    static final class CarryOver {
        final CarryOverApproved approval;
        long used;

        CarryOver(CarryOverApproved approval) {
            this.approval = approval;
        }

        long remaining() {
            return approval.approvedTonnes() - used;
        }
    }

    final List<Event> log = new ArrayList<>();
    final Map<String, OffsetProjectRecorded> projects = new HashMap<>();
    final Map<String, Standing> standings = new HashMap<>();
    final Map<String, ComplianceClosed> closes = new HashMap<>();
    final Map<String, CarryOver> carryOvers = new HashMap<>();
    final TreeMap<String, List<ViolationFineImposed>> violationFines = new TreeMap<>();

    static String key(String id, int year) {
        return id + "|" + year;
    }

    Standing standing(String entityId, int year) {
        return standings.get(key(entityId, year));
    }

    ComplianceClosed close(String jurisdiction, int year) {
        return closes.get(key(jurisdiction, year));
    }

    long carryOverRemaining(String entityId) {
        CarryOver carryOver = carryOvers.get(entityId);
        return carryOver == null ? 0 : carryOver.remaining();
    }

    /** Emits an event of this context and applies it to the state. */
    void record(ApplyContext context, Event event) {
        context.emit(event);
        replay(event);
    }

    /** Applies an event already emitted (or read from a snapshot) to the state. */
    void replay(Event event) {
        log.add(event);
        evolve(event);
    }

    void clear() {
        log.clear();
        projects.clear();
        standings.clear();
        closes.clear();
        carryOvers.clear();
        violationFines.clear();
    }

    private Standing standingFor(String entityId, int year) {
        return standings.computeIfAbsent(key(entityId, year), k -> new Standing());
    }

    private void evolve(Event event) {
        if (event instanceof OffsetProjectRecorded p) {
            projects.put(p.projectId(), p);
        } else if (event instanceof ComplianceSurrendered s) {
            Standing standing = standingFor(s.entityId(), s.year());
            if (s.offset()) {
                standing.credits = Math.addExact(standing.credits, s.quantity());
            } else {
                standing.allowances = Math.addExact(standing.allowances, s.quantity());
            }
            if (s.carriedOver()) {
                carryOvers.get(s.entityId()).used += s.quantity();
            }
        } else if (event instanceof ShortfallAssessed a) {
            standingFor(a.entityId(), a.year()).assessment = a;
        } else if (event instanceof ReportingFailureRecorded f) {
            standingFor(f.entityId(), f.year()).reportingFailure = true;
        } else if (event instanceof ComplianceClosed c) {
            closes.put(key(c.jurisdiction(), c.year()), c);
        } else if (event instanceof ShortfallFineImposed f) {
            standingFor(f.entityId(), f.year()).fine = f;
        } else if (event instanceof ViolationFineImposed v) {
            violationFines.computeIfAbsent(v.entityId(), k -> new ArrayList<>()).add(v);
        } else if (event instanceof CarryOverApproved c) {
            carryOvers.put(c.entityId(), new CarryOver(c));
        }
    }
}
