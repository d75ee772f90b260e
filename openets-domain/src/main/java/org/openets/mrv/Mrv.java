package org.openets.mrv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openets.core.ApplyContext;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.BoundedContext;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.CommandHandlers;
import org.openets.core.Event;
import org.openets.core.RecordCodec;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.core.RuleId;
import org.openets.core.StateHasher;
import org.openets.exchange.Exchange;
import org.openets.registry.AccountType;
import org.openets.registry.Settlement;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/**
 * Monitoring, reporting and verification (DOMAIN §6): reporting entities and installations, and emissions reports
 * through draft → submitted → verified → confirmed → appealed, each amendment a new version. Emissions are computed
 * when a version is drafted, against the standard factor library pinned to the report year, and carried in the
 * event, so replay never recomputes them. The state is the ordered list of its own events: snapshots and the
 * state hash are that list in journal form. Query methods are for gateways on the engine thread.
 */
public final class Mrv implements BoundedContext {

    private final Rulebook rulebook;
    private final Settlement settlement;
    private final Exchange exchange;
    private final FactorLibrary factors = FactorLibrary.standard();
    private final DataQuality quality = new DataQuality(DataQuality.DEFAULTS);
    private final CommandHandlers handlers = new CommandHandlers();
    private final RecordCodec codec;

    private final List<Event> log = new ArrayList<>();
    private final TreeMap<String, EntityRegistered> entities = new TreeMap<>();
    private final TreeMap<String, String> entityByCreditCode = new TreeMap<>();
    private final TreeMap<String, InstallationRegistered> installations = new TreeMap<>();
    private final TreeMap<String, List<ReportVersion>> reports = new TreeMap<>();
    /** Report ids by entity and year of their first version, so a submission finds its siblings without a scan. */
    private final Map<String, List<String>> reportsByEntityYear = new java.util.HashMap<>();
    /** Entity id → year → the total last confirmed for it, for the year-on-year check. */
    private final TreeMap<String, TreeMap<Integer, Long>> confirmedTotals = new TreeMap<>();
    /** Entity id → year → the version last confirmed, for allocation and compliance. */
    private final Map<String, TreeMap<Integer, ReportVersion>> confirmedVersions = new java.util.HashMap<>();
    /** Entities on the national list, kept from {@link EntityClassified} events. */
    private final Set<String> nationallyListed = new HashSet<>();
    /** Entity id → report year of each classification change → listed after it. */
    private final Map<String, TreeMap<Integer, Boolean>> listingChanges = new java.util.HashMap<>();
    /** Report id → the CST day its current version was last confirmed, for the appeal window. */
    private final Map<String, Long> confirmedOn = new java.util.HashMap<>();
    private final Set<String> importBatches = new HashSet<>();

    /** {@code exchange} takes the trading bar of entities that a confirmed report puts on the national list. */
    public Mrv(Rulebook rulebook, Settlement settlement, Exchange exchange) {
        this.rulebook = rulebook;
        this.settlement = settlement;
        this.exchange = exchange;
        handlers.on(RegisterEntity.class, this::registerEntity);
        handlers.on(RegisterInstallation.class, this::registerInstallation);
        handlers.on(DraftReport.class, this::draft);
        handlers.on(SubmitReport.class, this::submit);
        handlers.on(VerifyReport.class, this::verify);
        handlers.on(ReturnReport.class, this::returnReport);
        handlers.on(ConfirmReport.class, this::confirm);
        handlers.on(AppealReport.class, this::appeal);
        handlers.on(AmendReport.class, this::amend);
        handlers.on(ImportReports.class, this::importReports);
        Catalog.Builder own = Catalog.builder();
        register(own);
        this.codec = new RecordCodec(own.build());
    }


    @Override
    public String name() {
        return "mrv";
    }

    @Override
    public void register(Catalog.Builder catalog) {
        List<Class<? extends Record>> commands = List.of(RegisterEntity.class, RegisterInstallation.class,
                DraftReport.class, SubmitReport.class, VerifyReport.class, ReturnReport.class, ConfirmReport.class,
                AppealReport.class, AmendReport.class, ImportReports.class);
        List<Class<? extends Record>> events = List.of(EntityRegistered.class, InstallationRegistered.class,
                ReportDrafted.class, ReportSubmitted.class, ReportVerified.class, ReportReturned.class,
                ReportConfirmed.class, ReportAppealed.class, ReportsImported.class, EntityClassified.class);
        // Codes are journaled: append to these lists, never reorder them. Commands 1200-1299, events 1300-1399.
        catalog.addAll(1200, commands).addAll(1300, events);
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

    // ---- entities ----

    private Rejection registerEntity(RegisterEntity c, ApplyContext context) {
        Rejection invalid = firstOf(text("entityId", c.entityId()), text("name", c.name()),
                text("holdingAccountId", c.holdingAccountId()),
                c.sector() == null ? invalid("sector", MrvRejects.FIELD_FORMAT, "is missing") : null,
                rulebook.knownJurisdiction(c.jurisdiction(), "jurisdiction"));
        if (invalid != null) {
            return invalid;
        }
        if (!actor(context).isRegulatorOf(c.jurisdiction())) {
            return notAuthorised(MrvRejects.REGULATOR_ONLY, "only a regulator of " + c.jurisdiction()
                    + " registers its entities");
        }
        var problem = UnifiedSocialCreditCode.problem(c.creditCode());
        if (problem.isPresent()) {
            return invalid("creditCode", MrvRejects.USCC_FORMAT, problem.get());
        }
        if (entities.containsKey(c.entityId())) {
            return Rejection.of(MrvRejects.DUPLICATE_ID, "entityId", MrvRejects.ID_UNIQUE,
                    "entity " + c.entityId() + " exists");
        }
        String holder = entityByCreditCode.get(c.creditCode());
        if (holder != null) {
            return Rejection.of(MrvRejects.DUPLICATE_CREDIT_CODE, "creditCode", MrvRejects.USCC_UNIQUE,
                    "credit code " + c.creditCode() + " belongs to entity " + holder);
        }
        if (!settlement.exists(c.holdingAccountId())
                || settlement.type(c.holdingAccountId()) != AccountType.ENTITY_HOLDING) {
            return Rejection.of(MrvRejects.UNKNOWN_HOLDING_ACCOUNT, "holdingAccountId", MrvRejects.HOLDING_ACCOUNT,
                    "no entity holding account " + c.holdingAccountId() + " in the registry");
        }
        record(context, new EntityRegistered(c.entityId(), c.name(), c.creditCode(), c.jurisdiction(), c.sector(),
                c.holdingAccountId()));
        return null;
    }

    private Rejection registerInstallation(RegisterInstallation c, ApplyContext context) {
        Rejection invalid = firstOf(text("installationId", c.installationId()), text("entityId", c.entityId()),
                text("name", c.name()), text("facilityType", c.facilityType()), text("capacity", c.capacity()));
        if (invalid != null) {
            return invalid;
        }
        EntityRegistered entity = entities.get(c.entityId());
        if (entity == null) {
            return unknownEntity(c.entityId());
        }
        if (!actor(context).isRegulatorOf(entity.jurisdiction())) {
            return notAuthorised(MrvRejects.REGULATOR_ONLY, "only a regulator of " + entity.jurisdiction()
                    + " registers installations of its entities");
        }
        if (installations.containsKey(c.installationId())) {
            return Rejection.of(MrvRejects.DUPLICATE_ID, "installationId", MrvRejects.ID_UNIQUE,
                    "installation " + c.installationId() + " exists");
        }
        record(context, new InstallationRegistered(c.installationId(), c.entityId(), c.name(), c.facilityType(),
                c.capacity()));
        return null;
    }

    // ---- report workflow ----

    private Rejection draft(DraftReport c, ApplyContext context) {
        CheckedDraft checked = checkedDraft(c, context.actorId(), false, Map.of());
        if (checked.rejection() != null) {
            return checked.rejection();
        }
        record(context, checked.drafted());
        return null;
    }

    /**
     * Whether {@code report} would be drafted for {@code actorId}, by the checks {@link DraftReport} and
     * {@link ImportReports} share, with the import's authority: a representative of the entity's holding account
     * or a regulator of its jurisdiction. Read-only, for staging on the engine thread; {@code nowMillis} is the
     * time the staged command is expected at (no draft check depends on it yet). Null when it would pass.
     */
    public Rejection checkDraft(DraftReport report, String actorId, long nowMillis) {
        Rejection rejection = checkedDraft(report, actorId, true, Map.of()).rejection();
        return rejection == null ? null : rejection.withRulebookVersion(rulebook.version());
    }

    /** The first failed check of a new report version, or the event recording it and who put it in. */
    private record CheckedDraft(Rejection rejection, ReportDrafted drafted, ImportedReport.ActingAs actingAs) {

        static CheckedDraft refused(Rejection rejection) {
            return new CheckedDraft(rejection, null, null);
        }
    }

    /**
     * Every check a new report passes, and its emissions, changing nothing. Only a representative of the entity's
     * holding account drafts; an import ({@code regulatorMayMigrate}) also lets a regulator of the entity's
     * jurisdiction put in reports, to migrate data from an earlier system. {@code batch} holds the reports drafted
     * earlier in the same step, whose ids are taken.
     */
    private CheckedDraft checkedDraft(DraftReport c, String actorId, boolean regulatorMayMigrate,
                                      Map<String, ReportDrafted> batch) {
        if (c == null) {
            return CheckedDraft.refused(invalid("report", MrvRejects.FIELD_FORMAT, "is missing"));
        }
        Rejection invalid = firstOf(text("reportId", c.reportId()), text("entityId", c.entityId()),
                text("compilerBodyId", c.compilerBodyId()),
                c.year() < MrvRejects.FIRST_YEAR || c.year() > MrvRejects.LAST_YEAR
                        ? invalid("year", MrvRejects.FIELD_FORMAT, c.year() + " is not a report year") : null);
        if (invalid != null) {
            return CheckedDraft.refused(invalid);
        }
        EntityRegistered entity = entities.get(c.entityId());
        if (entity == null) {
            return CheckedDraft.refused(unknownEntity(c.entityId()));
        }
        ImportedReport.ActingAs actingAs;
        if (settlement.isRepresentative(entity.holdingAccountId(), actorId)) {
            actingAs = ImportedReport.ActingAs.REPRESENTATIVE;
        } else if (regulatorMayMigrate && rulebook.actor(actorId) != null
                && rulebook.actor(actorId).isRegulatorOf(entity.jurisdiction())) {
            actingAs = ImportedReport.ActingAs.REGULATOR;
        } else {
            return CheckedDraft.refused(notRepresentative(entity, regulatorMayMigrate ? "imports" : "drafts",
                    regulatorMayMigrate));
        }
        if (reports.containsKey(c.reportId()) || batch.containsKey(c.reportId())) {
            return CheckedDraft.refused(Rejection.of(MrvRejects.DUPLICATE_ID, "reportId", MrvRejects.ID_UNIQUE,
                    "report " + c.reportId() + " exists"));
        }
        CheckedDraft computed = computed(c.reportId(), 1, entity, c.year(), c.compilerBodyId(), c.lines(),
                c.output());
        return new CheckedDraft(computed.rejection(), computed.drafted(), actingAs);
    }

    private Rejection amend(AmendReport c, ApplyContext context) {
        Rejection found = known(c.reportId());
        if (found != null) {
            return found;
        }
        Rejection notRepresentative = representative(entityOf(c.reportId()), context, "amends");
        if (notRepresentative != null) {
            return notRepresentative;
        }
        ReportVersion current = current(c.reportId());
        // A version under verification (submitted or verified) is not amended: it is returned first.
        if (current.status() == ReportStatus.SUBMITTED || current.status() == ReportStatus.VERIFIED) {
            return wrongState(current, "amended");
        }
        ReportDrafted first = reports.get(c.reportId()).get(0).drafted();
        CheckedDraft computed = computed(c.reportId(), current.version() + 1, entities.get(first.entityId()),
                first.year(), first.compilerBodyId(), c.lines(), c.output());
        if (computed.rejection() != null) {
            return computed.rejection();
        }
        record(context, computed.drafted());
        return null;
    }

    /** The lines and output checked and the emissions computed against the factors pinned to {@code year}. */
    private CheckedDraft computed(String reportId, int version, EntityRegistered entity, int year,
                                  String compilerBodyId, List<ActivityLine> lines, ReportOutput output) {
        if (lines == null || lines.isEmpty() || lines.size() > MrvRejects.MAX_LINES) {
            return CheckedDraft.refused(invalid("lines", MrvRejects.FIELD_FORMAT,
                    "a report has 1 to " + MrvRejects.MAX_LINES + " lines"));
        }
        if (output != null) {
            Rejection badOutput = text("output.unit", output.unit());
            if (badOutput != null) {
                return CheckedDraft.refused(badOutput);
            }
            try {
                ActivityLines.decimal("output.quantity", output.quantity());
            } catch (MrvException e) {
                return CheckedDraft.refused(invalid(e.field(), RuleId.of(e.ruleId()), e.getMessage()));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String installation = lines.get(i) == null ? null : lines.get(i).installationId();
            if (installation != null && !installation.isEmpty()) {
                InstallationRegistered registered = installations.get(installation);
                if (registered == null || !registered.entityId().equals(entity.entityId())) {
                    return CheckedDraft.refused(Rejection.of(MrvRejects.UNKNOWN_INSTALLATION,
                            "lines[" + i + "].installationId", MrvRejects.INSTALLATION_KNOWN, "no installation "
                                    + installation + " is registered for entity " + entity.entityId()));
                }
            }
        }
        EmissionReport report;
        try {
            List<EmissionLine> parsed = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                parsed.add(ActivityLines.parse("lines[" + i + "]", lines.get(i)));
            }
            report = new EmissionCalculator(factors.pinnedTo(year)).report(entity.sector(), parsed);
        } catch (MrvException e) {
            return CheckedDraft.refused(invalid(e.field(), RuleId.of(e.ruleId()), e.getMessage()));
        } catch (ArithmeticException e) {
            return CheckedDraft.refused(Rejection.of(RejectCode.ARITHMETIC_OVERFLOW, "lines",
                    MrvRejects.FIELD_FORMAT, "emissions too large: " + e.getMessage()));
        }
        List<String> lineTonnes = report.lines().stream().map(l -> l.tonnes().toPlainString()).toList();
        List<String> flagged = report.flaggedLines().stream().map(LineResult::source).toList();
        return new CheckedDraft(null, new ReportDrafted(reportId, version, entity.entityId(), year, compilerBodyId,
                List.copyOf(lines), lineTonnes, report.totalTonnes(), report.obligationTonnes(), flagged, output),
                null);
    }

    private Rejection submit(SubmitReport c, ApplyContext context) {
        Rejection found = known(c.reportId());
        if (found != null) {
            return found;
        }
        Rejection notRepresentative = representative(entityOf(c.reportId()), context, "submits");
        if (notRepresentative != null) {
            return notRepresentative;
        }
        ReportVersion current = current(c.reportId());
        if (current.status() != ReportStatus.DRAFT) {
            return wrongState(current, "submitted");
        }
        Object submitted = submission(current.drafted(), context.timestampMillis(), Map.of());
        if (submitted instanceof Rejection rejection) {
            return rejection;
        }
        record(context, (ReportSubmitted) submitted);
        return null;
    }

    /**
     * The submission of a drafted version with its data-quality flags, or why it cannot be weighed; changes
     * nothing. {@code batch} holds reports drafted earlier in the same step, which count as other reports.
     */
    private Object submission(ReportDrafted drafted, long nowMillis, Map<String, ReportDrafted> batch) {
        // Due 31 March of the next year [MEE19 Art 25], inclusive, by the CST date; a late report is still taken.
        boolean late = Rulebook.epochDay(nowMillis) > ReportDeadlines.reportDue(drafted.year()).toEpochDay();
        EntityRegistered entity = entities.get(drafted.entityId());
        List<String> others = new ArrayList<>();
        for (String id : reportsByEntityYear.getOrDefault(entityYear(drafted), List.of())) {
            if (!id.equals(drafted.reportId())) {
                others.add(id);
            }
        }
        batch.forEach((id, earlier) -> {
            if (sameEntityAndYear(earlier, drafted) && !id.equals(drafted.reportId())) {
                others.add(id);
            }
        });
        others.sort(null);
        Long previous = confirmedTotals.getOrDefault(drafted.entityId(), new TreeMap<>()).get(drafted.year() - 1);
        try {
            return new ReportSubmitted(drafted.reportId(), drafted.version(), late,
                    quality.flags(entity.sector(), drafted, previous, others, late));
        } catch (ArithmeticException e) {
            return Rejection.of(RejectCode.ARITHMETIC_OVERFLOW, "reportId", MrvRejects.FIELD_FORMAT,
                    "totals too large to compare: " + e.getMessage());
        }
    }

    private static String entityYear(ReportDrafted drafted) {
        return drafted.entityId() + "/" + drafted.year();
    }

    private static boolean sameEntityAndYear(ReportDrafted a, ReportDrafted b) {
        return a.entityId().equals(b.entityId()) && a.year() == b.year();
    }

    // ---- bulk import ----

    /** Checks every report as its own command would be checked, then records all of them, or none. */
    private Rejection importReports(ImportReports c, ApplyContext context) {
        Rejection invalid = text("batchId", c.batchId());
        if (invalid != null) {
            return invalid;
        }
        if (importBatches.contains(c.batchId())) {
            return Rejection.of(MrvRejects.DUPLICATE_ID, "batchId", MrvRejects.ID_UNIQUE,
                    "batch " + c.batchId() + " was imported already");
        }
        if (c.reports() == null || c.reports().isEmpty() || c.reports().size() > MrvRejects.MAX_IMPORTED_REPORTS) {
            return invalid("reports", MrvRejects.FIELD_FORMAT, "a batch has 1 to " + MrvRejects.MAX_IMPORTED_REPORTS
                    + " reports");
        }
        Map<String, ReportDrafted> batch = new java.util.LinkedHashMap<>();
        List<ImportedReport> imported = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < c.reports().size(); i++) {
            CheckedDraft checked = checkedDraft(c.reports().get(i), context.actorId(), true, batch);
            if (checked.rejection() != null) {
                return inReport(i, checked.rejection());
            }
            ReportDrafted drafted = checked.drafted();
            events.add(drafted);
            if (c.submit()) {
                Object submitted = submission(drafted, context.timestampMillis(), batch);
                if (submitted instanceof Rejection rejection) {
                    return inReport(i, rejection);
                }
                events.add((ReportSubmitted) submitted);
            }
            batch.put(drafted.reportId(), drafted);
            imported.add(new ImportedReport(drafted.reportId(), drafted.entityId(), checked.actingAs()));
        }
        record(context, new ReportsImported(c.batchId(), context.actorId(), imported, c.submit()));
        events.forEach(event -> record(context, event));
        return null;
    }

    /** The rejection of the {@code index}th report, its field named within the batch. */
    private static Rejection inReport(int index, Rejection rejection) {
        return new Rejection(rejection.code(), "reports[" + index + "]." + rejection.field(), rejection.rule(),
                rejection.rulebookVersion(), "report " + index + ": " + rejection.message());
    }

    private Rejection verify(VerifyReport c, ApplyContext context) {
        Rejection invalid = firstOf(known(c.reportId()), text("bodyId", c.bodyId()),
                optionalText("remarks", c.remarks()), optionalText("explanation", c.explanation()));
        if (invalid != null) {
            return invalid;
        }
        if (actor(context).role() != Role.VERIFIER) {
            return notAuthorised(MrvRejects.VERIFIER_ONLY, "a verifier verifies reports");
        }
        ReportVersion current = current(c.reportId());
        if (current.status() != ReportStatus.SUBMITTED) {
            return wrongState(current, "verified");
        }
        if (c.bodyId().equals(current.drafted().compilerBodyId())) {
            return Rejection.of(MrvRejects.VERIFIER_NOT_INDEPENDENT, "bodyId", MrvRejects.VERIFIER_INDEPENDENT,
                    c.bodyId() + " compiled this report and cannot verify it");
        }
        record(context, new ReportVerified(c.reportId(), current.version(), c.bodyId(), context.actorId(),
                c.remarks() == null ? "" : c.remarks(), c.explanation() == null ? "" : c.explanation()));
        return null;
    }

    private Rejection returnReport(ReturnReport c, ApplyContext context) {
        Rejection invalid = firstOf(known(c.reportId()), text("reasons", c.reasons()));
        if (invalid != null) {
            return invalid;
        }
        Actor actor = actor(context);
        if (actor.role() != Role.VERIFIER && !actor.isRegulatorOf(jurisdictionOf(c.reportId()))) {
            return notAuthorised(MrvRejects.VERIFIER_OR_REGULATOR,
                    "the verifier or a regulator of the entity's jurisdiction returns reports");
        }
        ReportVersion current = current(c.reportId());
        if (current.status() != ReportStatus.SUBMITTED && current.status() != ReportStatus.VERIFIED) {
            return wrongState(current, "returned");
        }
        record(context, new ReportReturned(c.reportId(), current.version(), context.actorId(), c.reasons()));
        return null;
    }

    private Rejection confirm(ConfirmReport c, ApplyContext context) {
        Rejection found = known(c.reportId());
        if (found != null) {
            return found;
        }
        if (!actor(context).isRegulatorOf(jurisdictionOf(c.reportId()))) {
            return notAuthorised(MrvRejects.REGULATOR_ONLY, "a regulator of the entity's jurisdiction confirms");
        }
        ReportVersion current = current(c.reportId());
        if (current.status() != ReportStatus.VERIFIED) {
            return wrongState(current, "confirmed");
        }
        if (current.needsExplanation()) {
            return Rejection.of(MrvRejects.FLAG_NOT_EXPLAINED, "reportId", MrvRejects.FLAG_EXPLANATION, "version "
                    + current.version() + " is flagged " + current.flags().stream().map(f -> f.code().name()).toList()
                    + " and the verifier gave no explanation");
        }
        record(context, new ReportConfirmed(c.reportId(), current.version(), current.drafted().totalTonnes(),
                current.drafted().obligationTonnes(), Rulebook.epochDay(context.timestampMillis())));
        classify(entityOf(c.reportId()), current.drafted(), context);
        return null;
    }

    /**
     * After a confirmation, whether the entity is on the national list (DOMAIN §1; MEE19 Art 8, 11), judged by the
     * key-emitter threshold in force now. A change is recorded, and the exchange bars (or frees) the holder of the
     * entity's holding account: a key emitter trades on the national market and places no orders here. Its
     * regional holdings are kept: it may still surrender them for its open regional obligations and move them out
     * of the trading position (our default, DOMAIN §1 "finishes its open regional cycle").
     */
    private void classify(EntityRegistered entity, ReportDrafted confirmed, ApplyContext context) {
        long threshold = rulebook.valueAt(Rule.MRV_KEY_EMITTER_THRESHOLD_TONNES, context.timestampMillis());
        boolean listed = listedAfterConfirmedYears(entity, threshold);
        if (listed == nationallyListed.contains(entity.entityId())) {
            return;
        }
        record(context, new EntityClassified(entity.entityId(), confirmed.year(), listed, confirmed.totalTonnes(),
                threshold));
        exchange.setKeyEmitterRestriction(settlement.holderId(entity.holdingAccountId()), listed,
                (listed ? "on the national list from " : "off the national list after ") + confirmed.year()
                        + " (report " + confirmed.reportId() + ")", context);
    }

    /** Listing over the unbroken run of confirmed years up to the latest; a gap restarts the history. */
    private boolean listedAfterConfirmedYears(EntityRegistered entity, long threshold) {
        TreeMap<Integer, Long> totals = confirmedTotals.get(entity.entityId());
        TreeMap<Integer, Long> run = new TreeMap<>();
        int year = totals.lastKey();
        while (totals.containsKey(year)) {
            run.put(year, totals.get(year));
            year--;
        }
        ClassificationThresholds d = ClassificationThresholds.DEFAULTS;
        Classification classification = new Classification(new ClassificationThresholds(threshold,
                d.chongqingTonnes(), d.chongqingEnergyTce(), d.yearsBelowForRemoval(), d.nationalSectors()));
        return classification.nationallyListed(entity.sector(), run, totals.lastKey());
    }

    private Rejection appeal(AppealReport c, ApplyContext context) {
        Rejection invalid = firstOf(known(c.reportId()), text("grounds", c.grounds()));
        if (invalid != null) {
            return invalid;
        }
        Rejection notRepresentative = representative(entityOf(c.reportId()), context, "appeals");
        if (notRepresentative != null) {
            return notRepresentative;
        }
        ReportVersion current = current(c.reportId());
        if (current.status() != ReportStatus.CONFIRMED) {
            return wrongState(current, "appealed");
        }
        LocalDate resultsReceived = LocalDate.ofEpochDay(confirmedOn.get(c.reportId()));
        LocalDate due = new ReportDeadlines(rulebook.calendar()::isWorkingDay).appealFilingDue(resultsReceived);
        if (Rulebook.epochDay(context.timestampMillis()) > due.toEpochDay()) {
            return Rejection.of(MrvRejects.APPEAL_TOO_LATE, "reportId", MrvRejects.APPEAL_WINDOW,
                    "results of " + resultsReceived + " could be appealed until " + due + " (7 working days)");
        }
        record(context, new ReportAppealed(c.reportId(), current.version(), c.grounds()));
        return null;
    }

    // ---- state: the events, applied in order ----

    private void record(ApplyContext context, Event event) {
        evolve(event);
        context.emit(event);
    }

    private void evolve(Event event) {
        log.add(event);
        if (event instanceof EntityRegistered e) {
            entities.put(e.entityId(), e);
            entityByCreditCode.put(e.creditCode(), e.entityId());
        } else if (event instanceof InstallationRegistered i) {
            installations.put(i.installationId(), i);
        } else if (event instanceof ReportDrafted d) {
            List<ReportVersion> versions = reports.computeIfAbsent(d.reportId(), id -> new ArrayList<>());
            if (versions.isEmpty()) {
                reportsByEntityYear.computeIfAbsent(entityYear(d), k -> new ArrayList<>(1)).add(d.reportId());
            }
            versions.add(new ReportVersion(d, ReportStatus.DRAFT, false, null, List.of(), null, null, null));
        } else if (event instanceof ReportSubmitted s) {
            ReportVersion v = current(s.reportId());
            replaceCurrent(s.reportId(), new ReportVersion(v.drafted(), ReportStatus.SUBMITTED, s.late(), null,
                    s.flags(), null, null, v.returnReasons()));
        } else if (event instanceof ReportVerified v) {
            ReportVersion c = current(v.reportId());
            replaceCurrent(v.reportId(), new ReportVersion(c.drafted(), ReportStatus.VERIFIED, c.late(), v.bodyId(),
                    c.flags(), v.explanation(), v.remarks(), c.returnReasons()));
        } else if (event instanceof ReportReturned r) {
            ReportVersion c = current(r.reportId());
            replaceCurrent(r.reportId(), new ReportVersion(c.drafted(), ReportStatus.DRAFT, c.late(), null,
                    c.flags(), null, c.remarks(), r.reasons()));
        } else if (event instanceof ReportConfirmed r) {
            confirmedOn.put(r.reportId(), r.confirmedOnEpochDay());
            ReportVersion c = current(r.reportId());
            replaceCurrent(r.reportId(), c.with(ReportStatus.CONFIRMED));
            confirmedTotals.computeIfAbsent(c.drafted().entityId(), id -> new TreeMap<>())
                    .put(c.drafted().year(), r.totalTonnes());
            confirmedVersions.computeIfAbsent(c.drafted().entityId(), id -> new TreeMap<>())
                    .put(c.drafted().year(), c.with(ReportStatus.CONFIRMED));
        } else if (event instanceof ReportAppealed a) {
            replaceCurrent(a.reportId(), current(a.reportId()).with(ReportStatus.APPEALED));
        } else if (event instanceof ReportsImported i) {
            importBatches.add(i.batchId());
        } else if (event instanceof EntityClassified e) {
            listingChanges.computeIfAbsent(e.entityId(), id -> new TreeMap<>()).put(e.year(), e.nationallyListed());
            if (e.nationallyListed()) {
                nationallyListed.add(e.entityId());
            } else {
                nationallyListed.remove(e.entityId());
            }
        }
    }

    private void replaceCurrent(String reportId, ReportVersion version) {
        List<ReportVersion> versions = reports.get(reportId);
        versions.set(versions.size() - 1, version);
    }

    private ReportVersion current(String reportId) {
        List<ReportVersion> versions = reports.get(reportId);
        return versions.get(versions.size() - 1);
    }

    @Override
    public void hashState(StateHasher hasher) {
        BinaryWriter out = new BinaryWriter(1 << 10);
        writeSnapshot(out, codec);
        hasher.putBytes(out.toByteArray());
    }

    @Override
    public void writeSnapshot(BinaryWriter out, RecordCodec ignored) {
        out.putInt(log.size());
        log.forEach(e -> codec.writeTagged(out, (Record) e));
    }

    @Override
    public void readSnapshot(BinaryReader in, RecordCodec ignored) {
        log.clear();
        entities.clear();
        entityByCreditCode.clear();
        installations.clear();
        reports.clear();
        reportsByEntityYear.clear();
        confirmedTotals.clear();
        confirmedVersions.clear();
        nationallyListed.clear();
        listingChanges.clear();
        confirmedOn.clear();
        importBatches.clear();
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            evolve((Event) codec.readTagged(in));
        }
    }

    // ---- queries (engine thread) ----

    /** The emission factors reports are computed against, every version with its years of validity. */
    public FactorLibrary factors() {
        return factors;
    }

    /** The entity with its installations, or null. */
    public EntityView entity(String entityId) {
        EntityRegistered entity = entities.get(entityId);
        if (entity == null) {
            return null;
        }
        return new EntityView(entity, installations.values().stream()
                .filter(i -> i.entityId().equals(entityId)).toList());
    }

    /** Every entity, sorted by id. */
    public List<EntityView> entities() {
        return entities.keySet().stream().map(this::entity).toList();
    }

    /** The report's current version and every version, or null. */
    public ReportView report(String reportId) {
        List<ReportVersion> versions = reports.get(reportId);
        if (versions == null) {
            return null;
        }
        ReportDrafted first = versions.get(0).drafted();
        return new ReportView(reportId, first.entityId(), first.year(), first.compilerBodyId(),
                versions.get(versions.size() - 1), List.copyOf(versions));
    }

    /** Every report of an emissions year, sorted by id. */
    public List<ReportView> reports(int year) {
        return reports.keySet().stream().map(this::report).filter(r -> r.year() == year).toList();
    }

    /** Whether batch {@code batchId} has been imported. */
    public boolean imported(String batchId) {
        return importBatches.contains(batchId);
    }

    // ---- for allocation and compliance (engine thread; no copies, as they run for every entity) ----

    /** The registered entity, or null. */
    public EntityRegistered registered(String entityId) {
        return entities.get(entityId);
    }

    /** Every registered entity, sorted by id; a read-only view. */
    public java.util.Collection<EntityRegistered> registeredEntities() {
        return java.util.Collections.unmodifiableCollection(entities.values());
    }

    /**
     * The version of the entity's report of {@code year} last confirmed by the regulator, or null. It stays the
     * basis while an appeal or an amendment is under way, until a new version is confirmed.
     */
    public ReportVersion confirmedReport(String entityId, int year) {
        TreeMap<Integer, ReportVersion> byYear = confirmedVersions.get(entityId);
        return byYear == null ? null : byYear.get(year);
    }

    /**
     * Whether the entity is on the national list after its confirmed reports (DOMAIN §1; MEE19 Art 8, 11): a
     * national-market sector whose confirmed emissions reached MRV-KEY-EMITTER-THRESHOLD-TONNES in force at the
     * confirmation, until it has been below it for the removal period. Such an entity may not trade or receive
     * allocation in the regional market. Kept from {@link EntityClassified} events, not recomputed here.
     */
    /**
     * Whether the entity belongs to the national market for {@code year}: a report of an earlier year put it on the
     * national list and none has taken it off since. Its emissions of that year are covered there, so it has no
     * regional allocation or obligation for it; the year whose report listed it is still a regional year.
     */
    public boolean nationallyListedIn(String entityId, int year) {
        TreeMap<Integer, Boolean> changes = listingChanges.get(entityId);
        Map.Entry<Integer, Boolean> last = changes == null ? null : changes.floorEntry(year - 1);
        return last != null && last.getValue();
    }

    public boolean nationallyListed(String entityId) {
        return nationallyListed.contains(entityId);
    }

    // ---- checks ----

    private Actor actor(ApplyContext context) {
        return rulebook.actor(context.actorId());
    }

    private EntityRegistered entityOf(String reportId) {
        return entities.get(reports.get(reportId).get(0).drafted().entityId());
    }

    private String jurisdictionOf(String reportId) {
        return entityOf(reportId).jurisdiction();
    }

    /** Only a representative of the entity's registry holding account acts for the entity. */
    private Rejection representative(EntityRegistered entity, ApplyContext context, String verb) {
        if (settlement.isRepresentative(entity.holdingAccountId(), context.actorId())) {
            return null;
        }
        return notRepresentative(entity, verb, false);
    }

    private static Rejection notRepresentative(EntityRegistered entity, String verb, boolean orRegulator) {
        String who = "a representative of holding account " + entity.holdingAccountId()
                + (orRegulator ? " or a regulator of " + entity.jurisdiction() : "");
        return notAuthorised(MrvRejects.ENTITY_REPRESENTATIVE, "only " + who + " " + verb + " reports of entity "
                + entity.entityId());
    }

    private Rejection known(String reportId) {
        Rejection invalid = text("reportId", reportId);
        if (invalid != null) {
            return invalid;
        }
        return reports.containsKey(reportId) ? null : Rejection.of(MrvRejects.UNKNOWN_REPORT, "reportId",
                MrvRejects.REPORT_KNOWN, "no report " + reportId);
    }

    private static Rejection unknownEntity(String entityId) {
        return Rejection.of(MrvRejects.UNKNOWN_ENTITY, "entityId", MrvRejects.ENTITY_KNOWN, "no entity " + entityId);
    }

    private static Rejection wrongState(ReportVersion current, String action) {
        return Rejection.of(MrvRejects.WRONG_REPORT_STATE, "reportId", MrvRejects.REPORT_STATE, "version "
                + current.version() + " is " + current.status() + " and cannot be " + action);
    }

    private static Rejection notAuthorised(RuleId rule, String message) {
        return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", rule, message);
    }

    static Rejection invalid(String field, RuleId rule, String message) {
        return Rejection.of(RejectCode.INVALID_FIELD, field, rule, message);
    }

    private static Rejection text(String field, String value) {
        if (value == null || value.isBlank()) {
            return invalid(field, MrvRejects.FIELD_FORMAT, "is missing");
        }
        return optionalText(field, value);
    }

    private static Rejection optionalText(String field, String value) {
        if (value != null && value.length() > MrvRejects.MAX_TEXT) {
            return invalid(field, MrvRejects.FIELD_FORMAT, "longer than " + MrvRejects.MAX_TEXT + " characters");
        }
        return null;
    }

    private static Rejection firstOf(Rejection... checks) {
        for (Rejection check : checks) {
            if (check != null) {
                return check;
            }
        }
        return null;
    }
}
