package org.openets.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.openets.compliance.Compliance;
import org.openets.compliance.ComplianceClosed;
import org.openets.compliance.ComplianceStanding;
import org.openets.compliance.ComplianceView;
import org.openets.compliance.ViolationFineImposed;
import org.openets.engine.Engine;
import org.openets.mrv.Mrv;
import org.openets.rulebook.Jurisdiction;
import org.openets.rulebook.Rulebook;
import org.openets.runtime.EngineRunner;
import org.openets.store.EnforcementRegister;

/**
 * Public compliance results (DOMAIN §7: each entity's compliance status is public): per entity and year its
 * obligation, surrenders, offset cap, shortfall, fine range and fine, live from the engine; per jurisdiction the
 * close summary, or live counts before the close. The enforcement register and the offset projects on record are
 * read from the read model, which lists fined bodies and persons the engine does not. An entity's carry-over
 * approval (DOMAIN §5: T = B + NS × R) is read live.
 */
public final class ComplianceQueries {

    private static final int RATE_SCALE = 4;

    private final EngineRunner runner;
    private final EnforcementRegister register;

    public ComplianceQueries(EngineRunner runner, EnforcementRegister register) {
        this.runner = runner;
        this.register = register;
    }

    /**
     * A jurisdiction's compliance year: from its close once closed, counted live before. {@code entities} are
     * registered, {@code assessed} have a confirmed report; {@code complianceRate} is compliant / assessed as
     * a decimal string (null when none is assessed); the window price is known only at the close. Fines are
     * those imposed on the jurisdiction's entities for the year: shortfall fines and violation fines.
     */
    public record JurisdictionSummary(String jurisdiction, int year, boolean closed, int entities, int assessed,
                                      int compliant, int shortEntities, long shortfallTonnes, String complianceRate,
                                      int reportingFailures, long windowPriceFen, String priceBasis,
                                      long shortfallFinesFen, long violationFinesFen, long deductionTonnes) {
    }

    public void routes(JavalinConfig config) {
        config.routes.get("/api/v1/compliance", ctx -> {
            int year = QueryParameters.year(ctx);
            String jurisdiction = QueryParameters.jurisdiction(ctx);
            ComplianceStanding standing = QueryParameters.constant(ctx, "standing", ComplianceStanding.class,
                    "API-STANDING");
            String entityId = QueryParameters.id(ctx, "entityId");
            Page page = Page.of(ctx);
            answer(ctx, engine -> page.wrap(compliance(engine).statuses(year).stream()
                    .filter(s -> jurisdiction == null || s.jurisdiction().equals(jurisdiction))
                    .filter(s -> entityId == null || s.entityId().equals(entityId))
                    .filter(s -> standing == null || s.standing() == standing).toList()));
        });
        config.routes.get("/api/v1/compliance/summary", ctx -> {
            int year = QueryParameters.year(ctx);
            answer(ctx, engine -> summaries(engine, year));
        });
        config.routes.get("/api/v1/enforcement", ctx -> {
            int year = QueryParameters.year(ctx);
            EnforcementRegister.Kind kind = QueryParameters.constant(ctx, "kind", EnforcementRegister.Kind.class,
                    "API-ENFORCEMENT-KIND");
            String partyId = QueryParameters.id(ctx, "partyId");
            Page page = Page.of(ctx);
            fromReadModel(ctx, () -> page.wrap(register.entries(year).stream()
                    .filter(e -> kind == null || e.get("kind") == kind)
                    .filter(e -> partyId == null || partyId.equals(e.get("partyId"))).toList()));
        });
        config.routes.get("/api/v1/entities/{entityId}/carry-over", ctx -> {
            String entityId = QueryParameters.pathId(ctx, "entityId");
            LiveAnswer.answer(ctx, runner, engine -> carryOver(engine, entityId), "entityId", "no such entity");
        });
        config.routes.get("/api/v1/offset-projects", ctx -> {
            Page page = Page.of(ctx);
            fromReadModel(ctx, () -> page.wrap(register.offsetProjects()));
        });
    }

    private static Compliance compliance(Engine engine) {
        return engine.context(Compliance.class);
    }

    /** The entity's approved carry-over (null when none) and the tonnes of it not yet surrendered. */
    private static Map<String, Object> carryOver(Engine engine, String entityId) {
        if (engine.context(Mrv.class).registered(entityId) == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entityId", entityId);
        body.put("approval", compliance(engine).carryOver(entityId));
        body.put("remainingTonnes", compliance(engine).carryOverRemaining(entityId));
        return body;
    }

    /** Every jurisdiction but the unified authority, by code. */
    static List<JurisdictionSummary> summaries(Engine engine, int year) {
        Compliance compliance = compliance(engine);
        List<ComplianceView> statuses = compliance.statuses(year);
        List<JurisdictionSummary> summaries = new ArrayList<>();
        engine.context(Rulebook.class).jurisdictions().stream().filter(j -> !j.unifiedAuthority())
                .map(Jurisdiction::code).sorted(Comparator.naturalOrder()).forEach(code -> {
                    List<ComplianceView> own = statuses.stream().filter(s -> s.jurisdiction().equals(code)).toList();
                    long violationFines = 0;
                    for (ComplianceView s : own) {
                        for (ViolationFineImposed fine : compliance.violationFines(s.entityId())) {
                            violationFines = Math.addExact(violationFines, fine.year() == year ? fine.fineFen() : 0);
                        }
                    }
                    summaries.add(summary(code, year, own, compliance.closeSummary(code, year), violationFines));
                });
        return summaries;
    }

    static JurisdictionSummary summary(String jurisdiction, int year, List<ComplianceView> statuses,
                                       ComplianceClosed close, long violationFinesFen) {
        long fines = 0;
        long deductions = 0;
        int assessed = 0;
        int compliant = 0;
        int shortEntities = 0;
        long shortfall = 0;
        int notReported = 0;
        for (ComplianceView s : statuses) {
            if (s.standing() == ComplianceStanding.NATIONAL_MARKET) {
                continue;   // surrenders in the national market: no regional obligation to count
            }
            fines = Math.addExact(fines, s.fineImposedFen());
            deductions = Math.addExact(deductions, s.deductionTonnes());
            assessed += s.reported() ? 1 : 0;
            compliant += s.standing() == ComplianceStanding.COMPLIANT ? 1 : 0;
            shortEntities += s.reported() && s.shortfallTonnes() > 0 ? 1 : 0;
            shortfall = Math.addExact(shortfall, s.reported() ? s.shortfallTonnes() : 0);
            notReported += s.standing() == ComplianceStanding.NOT_REPORTED ? 1 : 0;
        }
        if (close != null) {
            return new JurisdictionSummary(jurisdiction, year, true, statuses.size(), close.entitiesAssessed(),
                    close.compliant(), close.shortEntities(), close.shortfallTonnes(),
                    rate(close.compliant(), close.entitiesAssessed()), close.reportingFailures(),
                    close.windowPriceFen(), close.priceBasis(), fines, violationFinesFen, deductions);
        }
        return new JurisdictionSummary(jurisdiction, year, false, statuses.size(), assessed, compliant, shortEntities,
                shortfall, rate(compliant, assessed), notReported, 0, null, fines, violationFinesFen, deductions);
    }

    /** compliant / assessed to four places, half-up; null when nobody is assessed. */
    static String rate(int compliant, int assessed) {
        if (assessed == 0) {
            return null;
        }
        return BigDecimal.valueOf(compliant).divide(BigDecimal.valueOf(assessed), RATE_SCALE, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private void answer(Context ctx, Function<Engine, Object> query) {
        ctx.future(() -> runner.query(query).thenAcceptAsync(found -> ExchangeQueries.json(ctx, found)));
    }

    /** Database reads leave the HTTP thread, as engine queries do. */
    private static void fromReadModel(Context ctx, java.util.function.Supplier<Object> read) {
        ctx.future(() -> CompletableFuture.supplyAsync(read).thenAccept(found -> ExchangeQueries.json(ctx, found)));
    }
}
