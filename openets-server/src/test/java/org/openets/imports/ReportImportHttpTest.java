package org.openets.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/v1/imports/reports on a real node: a clean file is one batch; a bad one lists every bad row. */
class ReportImportHttpTest {

    static final String[] THREE_REPORTS = {
            ReportFiles.ENGLISH_HEADER,
            "R-1,E-SC,2023,body-A,COMBUSTION,boiler,COAL,9000,20.908,0.02618,0.99,,,",
            "R-1,E-SC,2023,body-A,PURCHASED_ELECTRICITY,grid,SC,2000,,,,,,",
            "R-2,E-CQ,2023,body-A,COMBUSTION,boiler,COAL,9000,20.908,0.02618,0.99,,,",
            "R-2,E-CQ,2023,body-A,PURCHASED_ELECTRICITY,grid,CQ,2000,,,,,,",
            "R-3,E-SC,2023,body-B,PROCESS,kiln,,1000,,,,0.52,1000,t clinker"};

    @Test
    void a_file_of_three_reports_is_one_batch_and_a_file_with_two_bad_rows_changes_nothing(@TempDir Path dir)
            throws Exception {
        try (ImportNode node = new ImportNode(dir)) {
            ImportNode.Reply dryRun = node.post("?dryRun=true", "text/csv", "rep", ReportFiles.csv(THREE_REPORTS));
            assertThat(dryRun.status()).as("%s", dryRun.body()).isEqualTo(200);
            assertThat(dryRun.body().get("status").asText()).isEqualTo("staged");
            assertThat(dryRun.body().has("sequence")).isFalse();
            String beforeImport = node.api.stateHash();

            ImportNode.Reply imported = node.post("?submit=true", "text/csv; charset=utf-8", "rep",
                    ReportFiles.csv(THREE_REPORTS));
            assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
            assertThat(imported.body().get("status").asText()).isEqualTo("imported");
            assertThat(imported.body().get("reports").asInt()).isEqualTo(3);
            assertThat(imported.body().get("lines").asInt()).isEqualTo(5);
            assertThat(imported.body().get("batchId").asText()).startsWith("IMP-");
            assertThat(imported.body().get("sequence").asLong()).isPositive();
            assertThat(node.api.stateHash()).isNotEqualTo(beforeImport);
            assertThat(node.api.get("/api/v1/entities/E-SC").status()).isEqualTo(200);

            // The same file again is the same batch: answered as imported before, nothing new.
            String afterImport = node.api.stateHash();
            ImportNode.Reply again = node.post("?submit=true", "text/csv", "rep", ReportFiles.csv(THREE_REPORTS));
            assertThat(again.body().get("status").asText()).isEqualTo("duplicate");
            assertThat(again.body().get("sequence").asLong()).isEqualTo(imported.body().get("sequence").asLong());

            assertThat(errors(node.post("?dryRun=true", "text/csv", "rep", ReportFiles.csv(THREE_REPORTS))))
                    .containsExactly("0 batchId MRV-ID-UNIQUE");
            assertThat(errors(node.post("", "text/csv", "reg-sc", ReportFiles.csv(THREE_REPORTS))))
                    .containsExactly("0 batchId MRV-ID-UNIQUE");

            ImportNode.Reply refused = node.post("", "text/csv", "rep", ReportFiles.csv(
                    ReportFiles.ENGLISH_HEADER,
                    "R-4,E-SC,2023,body-A,COMBUSTION,boiler,COAL,9000,20.908,0.02618,0.99,,,",
                    "R-4,E-SC,2023,body-A,PURCHASED_ELECTRICITY,grid,SC,-2000,,,,,,",
                    "R-5,E-CQ,2023,body-A,PURCHASED_ELECTRICITY,grid,CQ,2000,,,,,,",
                    "R-6,E-NOPE,2023,body-A,PURCHASED_ELECTRICITY,grid,SC,2000,,,,,,",
                    "R-7,E-SC,2023,body-A,PROCESS,kiln,,1000,,,,0.52,,"));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(errors(refused)).containsExactly(
                    "3 quantity MRV-ACTIVITY-DATA",
                    "5 entity_id MRV-ENTITY-KNOWN");
            assertThat(node.api.stateHash()).isEqualTo(afterImport);
        }
    }

    @Test
    void an_xlsx_file_in_chinese_is_imported_by_a_regulator_and_bad_requests_are_problems(@TempDir Path dir)
            throws Exception {
        try (ImportNode node = new ImportNode(dir)) {
            List<List<Object>> rows = new ArrayList<>();
            rows.add(Arrays.asList((Object[]) ("报告编号,企业编号,年度,编制机构,排放类型,排放源,燃料或电网,活动数据,低位发热量,"
                    + "单位热值含碳量,碳氧化率").split(",")));
            rows.add(List.of("M-1", "E-SC", "2023", "body-A", "燃料燃烧", "锅炉", "COAL", "9000", "20.908", "0.02618",
                    "0.99"));
            rows.add(List.of("M-1", "E-SC", "2023", "body-A", "购入电力", "电网", "SC", "2000"));
            byte[] file = ReportFiles.xlsx(rows);

            ImportNode.Reply wrongRegulator = node.post("", ReportImporter.XLSX_TYPE, "reg-cq", file);
            assertThat(errors(wrongRegulator)).containsExactly("2 actor MRV-ENTITY-REPRESENTATIVE");

            ImportNode.Reply imported = node.post("?batchId=MIG-2023", ReportImporter.XLSX_TYPE, "reg-sc", file);
            assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
            assertThat(imported.body().get("batchId").asText()).isEqualTo("MIG-2023");
            // DOMAIN §6 worked example in Sichuan: 18,195 t, computed from the exact decimals of the sheet.
            long total = node.node.runner().query(e -> e.context(org.openets.mrv.Mrv.class).report("M-1").current()
                    .drafted().totalTonnes()).get();
            assertThat(total).isEqualTo(18_195);

            assertThat(node.post("", "application/json", "rep", file).status()).isEqualTo(415);
            ImportNode.Reply noActor = node.post("", "text/csv", null, ReportFiles.csv(THREE_REPORTS));
            assertThat(noActor.status()).isEqualTo(401);
            assertThat(noActor.body().get("field").asText()).isEqualTo("Authorization");
        }
    }

    static List<String> errors(ImportNode.Reply reply) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(422);
        List<String> errors = new ArrayList<>();
        for (JsonNode error : reply.body().get("errors")) {
            errors.add(error.get("line").asInt() + " " + error.get("field").asText() + " "
                    + error.get("rule").asText());
        }
        return errors;
    }
}
