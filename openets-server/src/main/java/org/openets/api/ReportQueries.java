package org.openets.api;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openets.engine.Engine;
import org.openets.mrv.EmissionFactor;
import org.openets.mrv.EntityView;
import org.openets.mrv.FactorKind;
import org.openets.mrv.Mrv;
import org.openets.mrv.ReportStatus;
import org.openets.mrv.ReportView;
import org.openets.runtime.EngineRunner;

/**
 * The MRV workflow as it stands, live from the engine: an entity's installations, the reports of a year with
 * their current status, one report with every version (its lines, computed tonnes, quality flags, verification)
 * and the emission factor library. Unlike {@link MrvQueries} these show drafts and reports under verification,
 * so they are for the entity's representatives, its verifier, the regulator and auditors (DOMAIN §13).
 */
public final class ReportQueries {

    private final EngineRunner runner;

    public ReportQueries(EngineRunner runner) {
        this.runner = runner;
    }

    /** One line of the report list: the report and where its current version stands. */
    public record ReportSummary(String reportId, String entityId, int year, String compilerBodyId, int version,
                                ReportStatus status, boolean late, long totalTonnes, long obligationTonnes,
                                int flags, String verifierBodyId) {

        static ReportSummary of(ReportView report) {
            var current = report.current();
            return new ReportSummary(report.reportId(), report.entityId(), report.year(), report.compilerBodyId(),
                    current.version(), current.status(), current.late(), current.drafted().totalTonnes(),
                    current.drafted().obligationTonnes(), current.flags().size(), current.verifierBodyId());
        }
    }

    public void routes(JavalinConfig config) {
        config.routes.get("/api/v1/entities/{entityId}/installations", ctx -> {
            String entityId = QueryParameters.pathId(ctx, "entityId");
            Page page = Page.of(ctx);
            answer(ctx, e -> {
                EntityView entity = mrv(e).entity(entityId);
                return entity == null ? null : page.wrap(entity.installations());
            }, "entityId", "no such entity");
        });
        config.routes.get("/api/v1/reports", ctx -> {
            int year = QueryParameters.year(ctx);
            String entityId = QueryParameters.id(ctx, "entityId");
            ReportStatus status = QueryParameters.constant(ctx, "status", ReportStatus.class, "API-REPORT-STATUS");
            Page page = Page.of(ctx);
            answer(ctx, e -> page.wrap(mrv(e).reports(year).stream()
                    .filter(r -> entityId == null || r.entityId().equals(entityId))
                    .filter(r -> status == null || r.current().status() == status)
                    .map(ReportSummary::of).toList()), "year", "no reports");
        });
        config.routes.get("/api/v1/reports/{reportId}", ctx -> {
            String reportId = QueryParameters.pathId(ctx, "reportId");
            answer(ctx, e -> mrv(e).report(reportId), "reportId", "no such report");
        });
        config.routes.get("/api/v1/emission-factors", ctx -> {
            Integer year = QueryParameters.optionalYear(ctx, "year");
            FactorKind kind = QueryParameters.constant(ctx, "kind", FactorKind.class, "API-FACTOR-KIND");
            String key = QueryParameters.id(ctx, "key");
            Page page = Page.of(ctx);
            answer(ctx, e -> page.wrap(factors(mrv(e), year).stream()
                    .filter(f -> kind == null || f.kind() == kind)
                    .filter(f -> key == null || f.key().equals(key)).toList(), ReportQueries::factor),
                    "year", "no factors");
        });
    }

    private static Mrv mrv(Engine engine) {
        return engine.context(Mrv.class);
    }

    /** The versions valid in {@code year} (those a report of that year is computed against), or all of them. */
    private static List<EmissionFactor> factors(Mrv mrv, Integer year) {
        return year == null ? mrv.factors().versions() : mrv.factors().pinnedTo(year).factors();
    }

    /** Values as decimal strings, exact as the library holds them; with the unit they are in. */
    private static Map<String, Object> factor(EmissionFactor f) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("kind", f.kind());
        row.put("key", f.key());
        row.put("value", f.value().toPlainString());
        row.put("unit", f.unit());
        row.put("firstYear", f.firstYear());
        row.put("lastYear", f.lastYear() == EmissionFactor.OPEN_ENDED ? null : f.lastYear());
        row.put("source", f.source());
        row.put("unconfirmed", f.unconfirmed());
        return row;
    }

    private void answer(io.javalin.http.Context ctx, Function<Engine, Object> query, String field, String missing) {
        LiveAnswer.answer(ctx, runner, query, field, missing);
    }
}
