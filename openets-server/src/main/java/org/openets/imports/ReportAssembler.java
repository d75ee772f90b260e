package org.openets.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openets.mrv.ActivityLine;
import org.openets.mrv.ActivityLineCheck;
import org.openets.mrv.DraftReport;
import org.openets.mrv.MrvException;
import org.openets.mrv.ReportOutput;

/**
 * Forms reports from rows: rows with the same report_id make one report, in the order the ids first appear, and
 * its report-level cells must agree. Each row becomes an activity line and is checked on its own by the domain's
 * {@link ActivityLineCheck}, so that every bad row is found; reports are checked as a whole against engine state
 * later, by {@code Mrv.checkDraft}.
 */
final class ReportAssembler {

    static final String KIND_RULE = "IMPORT-LINE-KIND";
    static final String AGREE_RULE = "IMPORT-REPORT-AGREES";
    static final String NOT_APPLICABLE_RULE = "IMPORT-COLUMN-APPLIES";

    private static final Map<String, ActivityLine.Kind> KINDS = Map.of(
            "combustion", ActivityLine.Kind.COMBUSTION, "燃料燃烧", ActivityLine.Kind.COMBUSTION,
            "purchased_electricity", ActivityLine.Kind.PURCHASED_ELECTRICITY,
            "购入电力", ActivityLine.Kind.PURCHASED_ELECTRICITY,
            "purchased_heat", ActivityLine.Kind.PURCHASED_HEAT, "购入热力", ActivityLine.Kind.PURCHASED_HEAT,
            "process", ActivityLine.Kind.PROCESS, "工业过程", ActivityLine.Kind.PROCESS);

    /** A report formed from rows, with the line of each of its activity lines (and so of its first row). */
    record StagedReport(DraftReport report, List<Integer> lines) {

        int firstLine() {
            return lines.get(0);
        }
    }

    /** The reports formed and the problems found; a report with any problem is left out of {@code reports}. */
    record Assembled(List<StagedReport> reports, List<ImportProblem> problems, int rowCount) {
    }

    private ReportAssembler() {
    }

    static Assembled assemble(List<SheetRow> rows) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, List<SheetRow>> byReport = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            String reportId = row.text(Column.REPORT_ID);
            if (reportId.isEmpty()) {
                problems.add(new ImportProblem(row.line(), Column.REPORT_ID.header(), ReportSheet.CELL_RULE,
                        "every row names the report it belongs to"));
                continue;
            }
            byReport.computeIfAbsent(reportId, id -> new ArrayList<>()).add(row);
        }
        List<StagedReport> reports = new ArrayList<>();
        byReport.forEach((reportId, reportRows) -> {
            int before = problems.size();
            StagedReport report = report(reportId, reportRows, problems);
            if (problems.size() == before && reportRows.stream().allMatch(SheetRow::readable)) {
                reports.add(report);
            }
        });
        return new Assembled(List.copyOf(reports), List.copyOf(problems), rows.size());
    }

    private static StagedReport report(String reportId, List<SheetRow> rows, List<ImportProblem> problems) {
        Map<Column, String> reportCells = agreed(rows, problems);
        Integer year = year(rows.get(0).line(), reportCells.get(Column.YEAR), problems);
        List<ActivityLine> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (SheetRow row : rows) {
            lineNumbers.add(row.line());
            if (!row.readable()) {
                continue;
            }
            ActivityLine line = line(row, problems);
            if (line == null) {
                continue;
            }
            lines.add(line);
            if (year != null) {
                Optional<MrvException> problem = ActivityLineCheck.problem("line", line, year);
                problem.ifPresent(e -> problems.add(new ImportProblem(row.line(), columnOf(e.field()), e.ruleId(),
                        reason(e))));
            }
        }
        String output = reportCells.get(Column.OUTPUT);
        String outputUnit = reportCells.get(Column.OUTPUT_UNIT);
        ReportOutput reportOutput = output.isEmpty() && outputUnit.isEmpty() ? null
                : new ReportOutput(output, outputUnit);
        DraftReport report = new DraftReport(reportId, reportCells.get(Column.ENTITY_ID), year == null ? 0 : year,
                reportCells.get(Column.COMPILER_BODY), List.copyOf(lines), reportOutput);
        return new StagedReport(report, List.copyOf(lineNumbers));
    }

    /** Each report-level cell: the first value given; a row that gives a different one is a problem. */
    private static Map<Column, String> agreed(List<SheetRow> rows, List<ImportProblem> problems) {
        Map<Column, String> agreed = new LinkedHashMap<>();
        for (Column column : Column.values()) {
            if (!column.reportLevel()) {
                continue;
            }
            String value = "";
            for (SheetRow row : rows) {
                String cell = row.text(column);
                if (value.isEmpty()) {
                    value = cell;
                } else if (!cell.isEmpty() && !cell.equals(value)) {
                    problems.add(new ImportProblem(row.line(), column.header(), AGREE_RULE, "'" + cell
                            + "' differs from '" + value + "' given earlier for report " + row.text(Column.REPORT_ID)));
                }
            }
            agreed.put(column, value);
        }
        return agreed;
    }

    private static Integer year(int line, String text, List<ImportProblem> problems) {
        if (text.matches("[0-9]{4}")) {
            return Integer.valueOf(text);
        }
        problems.add(new ImportProblem(line, Column.YEAR.header(), ReportSheet.CELL_RULE,
                "'" + text + "' is not a four-digit year"));
        return null;
    }

    private static ActivityLine line(SheetRow row, List<ImportProblem> problems) {
        String kindText = row.text(Column.LINE_KIND);
        ActivityLine.Kind kind = KINDS.get(kindText.toLowerCase(Locale.ROOT));
        if (kind == null) {
            problems.add(new ImportProblem(row.line(), Column.LINE_KIND.header(), KIND_RULE, "'" + kindText
                    + "' is not a line kind: COMBUSTION (燃料燃烧), PURCHASED_ELECTRICITY (购入电力), "
                    + "PURCHASED_HEAT (购入热力) or PROCESS (工业过程)"));
            return null;
        }
        List<Column> unused = switch (kind) {
            case COMBUSTION -> List.of(Column.FACTOR);
            case PROCESS -> List.of(Column.NCV, Column.CARBON_CONTENT, Column.OXIDATION);
            default -> List.of(Column.NCV, Column.CARBON_CONTENT, Column.OXIDATION, Column.FACTOR);
        };
        boolean applicable = true;
        for (Column column : unused) {
            if (!row.text(column).isEmpty()) {
                problems.add(new ImportProblem(row.line(), column.header(), NOT_APPLICABLE_RULE, column.header()
                        + " does not apply to a " + kind + " line"));
                applicable = false;
            }
        }
        if (!applicable) {
            return null;
        }
        return new ActivityLine(kind, row.text(Column.SOURCE), row.text(Column.KEY), row.text(Column.QUANTITY),
                row.text(Column.NCV), row.text(Column.CARBON_CONTENT), row.text(Column.OXIDATION),
                row.text(Column.FACTOR), row.text(Column.INSTALLATION_ID).isEmpty() ? null
                        : row.text(Column.INSTALLATION_ID));
    }

    /** The exception's message without the rule and field it repeats. */
    private static String reason(MrvException e) {
        String prefix = e.ruleId() + " " + e.field() + ": ";
        return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }

    /** The column a domain field name ({@code reports[0].lines[2].measuredOxidation}) stands for. */
    static String columnOf(String field) {
        String last = field.replaceAll("^(reports\\[\\d+]\\.)?(lines\\[\\d+]\\.|line\\.)?", "");
        if (last.contains("/")) {
            return Column.KEY.header();
        }
        return switch (last) {
            case "kind" -> Column.LINE_KIND.header();
            case "source" -> Column.SOURCE.header();
            case "installationId" -> Column.INSTALLATION_ID.header();
            case "key" -> Column.KEY.header();
            case "quantity", "consumption", "megawattHours", "gigajoules", "activity" -> Column.QUANTITY.header();
            case "measuredNetCalorificValue" -> Column.NCV.header();
            case "measuredCarbonContent" -> Column.CARBON_CONTENT.header();
            case "measuredOxidation" -> Column.OXIDATION.header();
            case "measuredFactor" -> Column.FACTOR.header();
            case "reportId" -> Column.REPORT_ID.header();
            case "entityId" -> Column.ENTITY_ID.header();
            case "year" -> Column.YEAR.header();
            case "compilerBodyId" -> Column.COMPILER_BODY.header();
            case "output.quantity" -> Column.OUTPUT.header();
            case "output.unit" -> Column.OUTPUT_UNIT.header();
            case "actorId" -> "actor";
            default -> last;
        };
    }

    /** The row a domain field of a report stands for: its activity line's row, else the report's first row. */
    static int lineOf(StagedReport report, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("lines\\[(\\d+)]").matcher(field);
        if (m.find()) {
            int index = Integer.parseInt(m.group(1));
            if (index < report.lines().size()) {
                return report.lines().get(index);
            }
        }
        return report.firstLine();
    }
}
