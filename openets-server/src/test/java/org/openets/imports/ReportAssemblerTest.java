package org.openets.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.mrv.ActivityLine;
import org.openets.mrv.DraftReport;
import org.openets.mrv.ReportOutput;

/** Rows into reports, and every row problem with its line, field and rule. */
class ReportAssemblerTest {

    private static ReportAssembler.Assembled assemble(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = ReportFiles.ENGLISH_HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        ReportSheet.Parsed parsed = ReportSheet.csv(ReportFiles.csv(lines));
        assertThat(parsed.problems()).isEmpty();
        return ReportAssembler.assemble(parsed.rows());
    }

    @Test
    void rows_with_the_same_report_id_form_one_report_in_file_order() {
        ReportAssembler.Assembled assembled = assemble(
                "R-2,E-CQ,2023,body-A,PURCHASED_ELECTRICITY,grid,CQ,2000,,,,,,",
                "R-1,E-SC,2023,body-A,燃料燃烧,boiler,COAL,9000,20.908,0.02618,0.99,,1000,MWh",
                "R-2,,,,PROCESS,kiln,,100,,,,0.5,,",
                "R-1,E-SC,2023,body-A,PURCHASED_ELECTRICITY,meter 2,SC,5,,,,,,");

        assertThat(assembled.problems()).isEmpty();
        assertThat(assembled.reports()).extracting(r -> r.report().reportId()).containsExactly("R-2", "R-1");
        ReportAssembler.StagedReport r2 = assembled.reports().get(0);
        assertThat(r2.lines()).containsExactly(2, 4);
        assertThat(r2.report()).isEqualTo(new DraftReport("R-2", "E-CQ", 2023, "body-A", List.of(
                new ActivityLine(ActivityLine.Kind.PURCHASED_ELECTRICITY, "grid", "CQ", "2000", "", "", "", ""),
                new ActivityLine(ActivityLine.Kind.PROCESS, "kiln", "", "100", "", "", "", "0.5")), null));
        assertThat(assembled.reports().get(1).report().output()).isEqualTo(new ReportOutput("1000", "MWh"));
    }

    @Test
    void every_row_problem_is_found_with_its_line_field_and_rule() {
        ReportAssembler.Assembled assembled = assemble(
                "R-1,E-SC,2023,body-A,COMBUSTION,boiler,COAL,9000,20.908,0.02618,0.99,,,",
                "R-1,E-SC,2023,body-A,WIND,turbine,,1,,,,,,",
                "R-1,E-SC,2023,body-A,COMBUSTION,boiler 2,COAL,-5,20.908,0.02618,0.99,,,",
                "R-1,E-SC,2023,body-A,COMBUSTION,boiler 3,COAL,2000000000,20.908,0.02618,0.99,,,",
                "R-1,E-SC,2023,body-A,COMBUSTION,boiler 4,PEAT,100,10,,0.99,,,",
                "R-1,E-SC,2023,body-A,COMBUSTION,boiler 5,COAL,100,20.908,0.02618,99,,,",
                "R-1,E-SC,2023,body-A,PURCHASED_ELECTRICITY,grid,MARS,100,,,,,,",
                "R-1,E-SC,2023,body-A,PURCHASED_ELECTRICITY,grid 2,SC,\"1,000\",,,,,,",
                "R-1,E-CQ,2023,body-A,PURCHASED_ELECTRICITY,grid 3,SC,1,,,,,,",
                "R-1,E-SC,2023,body-A,PURCHASED_ELECTRICITY,grid 4,SC,1,0.5,,,,,",
                ",E-SC,2023,body-A,PURCHASED_ELECTRICITY,grid 5,SC,1,,,,,,",
                "R-2,E-SC,23,body-A,PURCHASED_ELECTRICITY,grid,SC,1,,,,,,",
                "R-3,E-SC,2023,body-A,PROCESS,,,1,,,,0.5,,");

        assertThat(assembled.problems()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::rule)
                .containsExactlyInAnyOrder(
                        tuple(3, "line_kind", ReportAssembler.KIND_RULE),
                        tuple(4, "quantity", "MRV-ACTIVITY-DATA"),
                        tuple(5, "quantity", "MRV-ACTIVITY-PLAUSIBLE"),
                        tuple(6, "carbon_content", "MRV-FACTOR-MISSING"),
                        tuple(7, "oxidation", "MRV-FACTOR-BOUNDS"),
                        tuple(8, "key", "MRV-FACTOR-MISSING"),
                        tuple(9, "quantity", "MRV-DECIMAL-FORMAT"),
                        tuple(10, "entity_id", ReportAssembler.AGREE_RULE),
                        tuple(11, "ncv", ReportAssembler.NOT_APPLICABLE_RULE),
                        tuple(12, "report_id", ReportSheet.CELL_RULE),
                        tuple(13, "year", ReportSheet.CELL_RULE),
                        tuple(14, "source", "MRV-ACTIVITY-DATA"));
        assertThat(assembled.problems()).filteredOn(p -> p.line() == 4).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("-5 must not be negative"));
        assertThat(assembled.reports()).isEmpty();
    }

    @Test
    void domain_fields_map_to_columns_and_rows() {
        assertThat(ReportAssembler.columnOf("reports[3].lines[2].measuredOxidation")).isEqualTo("oxidation");
        assertThat(ReportAssembler.columnOf("reports[0].output.unit")).isEqualTo("output_unit");
        assertThat(ReportAssembler.columnOf("GRID_ELECTRICITY/MARS")).isEqualTo("key");
        assertThat(ReportAssembler.columnOf("entityId")).isEqualTo("entity_id");
        var staged = new ReportAssembler.StagedReport(null, List.of(7, 9, 12));
        assertThat(ReportAssembler.lineOf(staged, "lines[1].megawattHours")).isEqualTo(9);
        assertThat(ReportAssembler.lineOf(staged, "compilerBodyId")).isEqualTo(7);
    }
}
