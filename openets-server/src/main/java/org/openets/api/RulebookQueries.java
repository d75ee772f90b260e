package org.openets.api;

import io.javalin.config.JavalinConfig;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openets.core.MarketTime;
import org.openets.engine.Engine;
import org.openets.rulebook.CalendarDaySet;
import org.openets.rulebook.Jurisdiction;
import org.openets.rulebook.RuleParameter;
import org.openets.rulebook.Rulebook;
import org.openets.rulebook.WorkingCalendar;
import org.openets.runtime.EngineRunner;

/**
 * The rulebook as the engine holds it: its version and jurisdictions, every rule parameter with the value in force
 * on a date and its legal basis, one rule's full history, and the working-day calendar's exceptions.
 */
public final class RulebookQueries {

    private final EngineRunner runner;

    public RulebookQueries(EngineRunner runner) {
        this.runner = runner;
    }

    public void routes(JavalinConfig config) {
        config.routes.get("/api/v1/rulebook", ctx -> LiveAnswer.answer(ctx, runner, RulebookQueries::summary,
                "rulebook", "no rulebook"));
        config.routes.get("/api/v1/jurisdictions", ctx -> {
            Page page = Page.of(ctx);
            LiveAnswer.answer(ctx, runner, e -> page.wrap(rulebook(e).jurisdictions()), "jurisdiction",
                    "no jurisdiction");
        });
        config.routes.get("/api/v1/rules", ctx -> {
            LocalDate asOf = QueryParameters.date(ctx, "asOf");
            String jurisdiction = QueryParameters.jurisdiction(ctx);
            Page page = Page.of(ctx);
            LiveAnswer.answer(ctx, runner, e -> {
                LocalDate day = asOf != null ? asOf : today(e);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (RuleParameter parameter : rulebook(e).parameters()) {
                    if (jurisdiction == null || jurisdiction.equals(parameter.jurisdiction())) {
                        rows.add(rule(rulebook(e), parameter, day));
                    }
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("asOf", day);
                body.putAll(page.wrap(rows));
                return body;
            }, "rule", "no rule");
        });
        config.routes.get("/api/v1/rules/{ruleId}", ctx -> {
            String ruleId = QueryParameters.pathId(ctx, "ruleId");
            LocalDate asOf = QueryParameters.date(ctx, "asOf");
            LiveAnswer.answer(ctx, runner, e -> {
                RuleParameter parameter = rulebook(e).parameter(ruleId);
                return parameter == null ? null
                        : rule(rulebook(e), parameter, asOf != null ? asOf : today(e));
            }, "ruleId", "no such rule");
        });
        config.routes.get("/api/v1/calendar", ctx -> {
            int year = QueryParameters.year(ctx);
            Page page = Page.of(ctx);
            LiveAnswer.answer(ctx, runner, e -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("year", year);
                body.putAll(page.wrap(exceptions(rulebook(e).calendar(), year)));
                return body;
            }, "year", "no calendar");
        });
    }

    private static Rulebook rulebook(Engine engine) {
        return engine.context(Rulebook.class);
    }

    /** The CST date of the engine's clock: what "now" means to the rules the engine applies. */
    private static LocalDate today(Engine engine) {
        return LocalDate.ofEpochDay(Rulebook.epochDay(engine.lastTimestampMillis()));
    }

    private static Map<String, Object> summary(Engine engine) {
        Rulebook rulebook = rulebook(engine);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", rulebook.version());
        body.put("asOf", today(engine));
        body.put("unifiedAuthority", rulebook.unifiedAuthority() == null ? null : rulebook.unifiedAuthority().code());
        body.put("jurisdictions", rulebook.jurisdictions());
        body.put("rules", rulebook.parameters().size());
        return body;
    }

    /** A parameter with its value in force on {@code day}, its legal basis and every version. */
    private static Map<String, Object> rule(Rulebook rulebook, RuleParameter parameter, LocalDate day) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", parameter.id().value());
        row.put("rule", parameter.rule().id().value());
        row.put("kind", parameter.rule().kind());
        row.put("description", parameter.rule().description());
        row.put("jurisdiction", parameter.jurisdiction());
        row.put("amendableBy", parameter.scope());
        row.put("document", parameter.rule().document());
        row.put("article", parameter.rule().article());
        row.put("value", rulebook.valueAt(parameter, MarketTime.epochMillis(day.atStartOfDay())));
        row.put("versions", rulebook.versions(parameter));
        return row;
    }

    /**
     * The days of {@code year} that break the Monday-to-Friday rule (public holidays on weekdays, make-up working
     * days on weekends) and every day a regulator set, whether or not it changed anything.
     */
    static List<Map<String, Object>> exceptions(WorkingCalendar calendar, int year) {
        Map<LocalDate, CalendarDaySet> set = calendar.overrides();
        List<Map<String, Object>> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            boolean working = calendar.isWorkingDay(day);
            CalendarDaySet regulator = set.get(day);
            if (working == weekday && regulator == null) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", day);
            row.put("dayOfWeek", day.getDayOfWeek());
            row.put("working", working);
            row.put("source", regulator != null ? "REGULATOR" : "STATE_COUNCIL_NOTICE");
            row.put("reason", regulator != null ? regulator.reason() : null);
            row.put("setBy", regulator != null ? regulator.setBy() : null);
            days.add(row);
        }
        return days;
    }
}
