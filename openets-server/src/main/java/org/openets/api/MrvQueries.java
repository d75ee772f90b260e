package org.openets.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openets.engine.Engine;
import org.openets.mrv.Mrv;
import org.openets.mrv.Sector;
import org.openets.mrv.ReportStatus;
import org.openets.mrv.ReportVersion;
import org.openets.mrv.ReportView;
import org.openets.runtime.EngineRunner;

/**
 * Public MRV data, live from the engine: the entity list (REG24 Art 8) and, per year, the emissions the regulator
 * has confirmed (DOMAIN §13: nothing appears before the regulator confirms it). Drafts and reports under
 * verification are not published; screens for entities and verifiers come with sign-in.
 */
public final class MrvQueries {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final EngineRunner runner;

    public MrvQueries(EngineRunner runner) {
        this.runner = runner;
    }

    /** One published figure: the latest confirmed (or appealed) version of a report. */
    public record ConfirmedEmissions(String reportId, String entityId, int year, int version, long totalTonnes,
                                     long obligationTonnes, ReportStatus status) {
    }

    public void routes(JavalinConfig config) {
        config.routes.get("/api/v1/entities", ctx -> {
            Page page = Page.of(ctx);
            String jurisdiction = QueryParameters.jurisdiction(ctx);
            Sector sector = QueryParameters.constant(ctx, "sector", Sector.class, "API-SECTOR");
            answer(ctx, e -> page.wrap(mrv(e).entities().stream()
                    .filter(v -> jurisdiction == null || v.entity().jurisdiction().equals(jurisdiction))
                    .filter(v -> sector == null || v.entity().sector() == sector).toList()), "entityId");
        });
        config.routes.get("/api/v1/entities/{entityId}", ctx -> {
            String entityId = ctx.pathParam("entityId");
            answer(ctx, e -> mrv(e).entity(entityId), "entityId");
        });
        config.routes.get("/api/v1/emissions", ctx -> {
            int year = year(ctx);
            Page page = Page.of(ctx);
            String entityId = QueryParameters.id(ctx, "entityId");
            String jurisdiction = QueryParameters.jurisdiction(ctx);
            answer(ctx, e -> page.wrap(confirmed(mrv(e).reports(year)).stream()
                    .filter(r -> entityId == null || r.entityId().equals(entityId))
                    .filter(r -> jurisdiction == null || jurisdiction.equals(jurisdictionOf(mrv(e), r.entityId())))
                    .toList()), "year");
        });
    }

    private static String jurisdictionOf(Mrv mrv, String entityId) {
        var entity = mrv.registered(entityId);
        return entity == null ? null : entity.jurisdiction();
    }

    private static Mrv mrv(Engine engine) {
        return engine.context(Mrv.class);
    }

    static List<ConfirmedEmissions> confirmed(List<ReportView> reports) {
        List<ConfirmedEmissions> published = new ArrayList<>();
        for (ReportView report : reports) {
            ReportVersion latest = null;
            for (ReportVersion version : report.versions()) {
                if (version.status() == ReportStatus.CONFIRMED || version.status() == ReportStatus.APPEALED) {
                    latest = version;
                }
            }
            if (latest != null) {
                published.add(new ConfirmedEmissions(report.reportId(), report.entityId(), report.year(),
                        latest.version(), latest.drafted().totalTonnes(), latest.drafted().obligationTonnes(),
                        latest.status()));
            }
        }
        return published;
    }

    private static int year(Context ctx) {
        String text = ctx.queryParam("year");
        try {
            int year = Integer.parseInt(text == null ? "" : text);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ApiException(Problem.badRequest("year", "API-YEAR", "year must be a year from " + FIRST_YEAR
                + " to " + LAST_YEAR));
    }

    private void answer(Context ctx, Function<Engine, Object> query, String field) {
        ctx.future(() -> runner.query(query).thenAcceptAsync(found -> {
            if (found == null) {
                HttpGateway.problem(ctx, Problem.notFound(field, "no such " + field));
            } else {
                ExchangeQueries.json(ctx, found);
            }
        }));
    }
}
