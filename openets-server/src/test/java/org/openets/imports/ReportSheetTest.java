package org.openets.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading CSV and XLSX report files: headers in both languages, exact decimals, quoting, BOM, blank rows. */
class ReportSheetTest {

    private static final String CHINESE_HEADER = "报告编号,企业编号,年度,编制机构,排放类型,排放源,燃料或电网,活动数据,"
            + "低位发热量,单位热值含碳量,碳氧化率,排放因子,产量,产量单位";

    @Test
    void csv_with_english_headers_keeps_decimal_text_exactly() {
        ReportSheet.Parsed parsed = ReportSheet.csv(ReportFiles.csv(ReportFiles.ENGLISH_HEADER,
                "R-1,E-SC,2023,body-A,COMBUSTION,boiler,COAL,9000,20.908,0.02618,0.99,,,",
                "R-1,E-SC,2023,body-A,PURCHASED_ELECTRICITY,grid,SC,2000.000,,,,,,"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(SheetRow::line).containsExactly(2, 3);
        SheetRow boiler = parsed.rows().get(0);
        assertThat(boiler.text(Column.NCV)).isEqualTo("20.908");
        assertThat(boiler.text(Column.CARBON_CONTENT)).isEqualTo("0.02618");
        assertThat(parsed.rows().get(1).text(Column.QUANTITY)).isEqualTo("2000.000");
    }

    @Test
    void csv_with_chinese_headers_a_byte_order_mark_quoting_and_blank_lines() {
        byte[] body = ReportFiles.csv(CHINESE_HEADER,
                "",
                "R-1,E-SC,2023,body-A,燃料燃烧,\"boiler, north\",COAL,9000,20.908,0.02618,0.99,,,",
                ",,,,,,,,,,,,,",
                "R-1,E-SC,2023,body-A,购入电力,\"grid",
                "meter 2\",SC,2000,,,,,,",
                "R-1,E-SC,2023,body-A,PROCESS,\"kiln \"\"A\"\"\",,100,,,,0.5,,");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        ReportSheet.Parsed parsed = ReportSheet.csv(withBom);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(SheetRow::line).containsExactly(3, 5, 7);
        assertThat(parsed.rows()).extracting(r -> r.text(Column.SOURCE))
                .containsExactly("boiler, north", "grid\nmeter 2", "kiln \"A\"");
        assertThat(parsed.rows().get(0).text(Column.REPORT_ID)).isEqualTo("R-1");
        assertThat(parsed.rows().get(1).text(Column.LINE_KIND)).isEqualTo("购入电力");
    }

    @Test
    void xlsx_numeric_cells_keep_the_decimals_as_written() throws IOException {
        byte[] file = ReportFiles.xlsx(List.of(
                Arrays.asList((Object[]) CHINESE_HEADER.split(",")),
                List.of(),
                List.of("R-1", "E-SC", "2023", "body-A", "燃料燃烧", "boiler", "COAL", "9000", "20.908", "0.02618",
                        "0.99"),
                List.of("R-1", "E-SC", "2023", "body-A", "购入电力", "grid", "SC", "0.1")));

        ReportSheet.Parsed parsed = ReportSheet.xlsx(file);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(SheetRow::line).containsExactly(3, 4);
        SheetRow boiler = parsed.rows().get(0);
        assertThat(boiler.text(Column.YEAR)).isEqualTo("2023");
        assertThat(boiler.text(Column.QUANTITY)).isEqualTo("9000");
        assertThat(boiler.text(Column.NCV)).isEqualTo("20.908");
        assertThat(boiler.text(Column.CARBON_CONTENT)).isEqualTo("0.02618");
        assertThat(boiler.text(Column.OXIDATION)).isEqualTo("0.99");
        assertThat(parsed.rows().get(1).text(Column.QUANTITY)).isEqualTo("0.1");
    }

    @Test
    void xlsx_with_english_headers_and_an_unreadable_cell() throws IOException {
        byte[] file = ReportFiles.xlsx(List.of(
                Arrays.asList((Object[]) ReportFiles.ENGLISH_HEADER.split(",")),
                List.of("R-1", "E-SC", "2023", "body-A", "PURCHASED_ELECTRICITY", "grid", "SC", "2000"),
                List.of("R-1", "E-SC", "2023", "body-A", "PURCHASED_ELECTRICITY", "grid", "SC", true)));

        ReportSheet.Parsed parsed = ReportSheet.xlsx(file);

        assertThat(parsed.problems()).containsExactly(new ImportProblem(3, "quantity", ReportSheet.CELL_RULE,
                "the cell holds neither text nor a number"));
        assertThat(parsed.rows()).extracting(SheetRow::readable).containsExactly(true, false);
    }

    @Test
    void header_problems_name_the_column_and_the_line() {
        ReportSheet.Parsed parsed = ReportSheet.csv(ReportFiles.csv("",
                "report_id,entity_id,year,compiler_body,line_kind,source,quantity,colour,quantity",
                "R-1,E-SC,2023,body-A,PROCESS,kiln,1,red,1"));

        assertThat(parsed.problems()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "colour", ReportSheet.HEADER_RULE),
                        org.assertj.core.groups.Tuple.tuple(2, "quantity", ReportSheet.HEADER_RULE));
        assertThat(ReportSheet.csv(ReportFiles.csv("report_id,year", "R-1,2023")).problems())
                .extracting(ImportProblem::field)
                .containsExactly("entity_id", "compiler_body", "line_kind", "source", "quantity");
    }

    @Test
    void unreadable_files_are_one_problem_each() {
        assertThat(ReportSheet.xlsx("not a workbook".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(ImportProblem::rule).containsExactly(ReportSheet.FILE_RULE);
        assertThat(ReportSheet.csv(new byte[] {(byte) 0xC3, (byte) 0x28}).problems())
                .extracting(ImportProblem::rule).containsExactly(ReportSheet.FILE_RULE);
        assertThat(ReportSheet.csv(ReportFiles.csv(ReportFiles.ENGLISH_HEADER, "R-1,\"open quote")).problems())
                .extracting(ImportProblem::line, ImportProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, ReportSheet.FILE_RULE));
        assertThat(ReportSheet.csv(new byte[0]).problems()).extracting(ImportProblem::message)
                .containsExactly("the file has no header row");
    }
}
