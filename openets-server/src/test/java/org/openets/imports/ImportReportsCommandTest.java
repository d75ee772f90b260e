package org.openets.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.cli.ConsoleCapture;

/** {@code openets import reports} end to end against a running node. */
class ImportReportsCommandTest {

    @Test
    void imports_a_file_prints_every_problem_of_a_bad_one_and_stages_on_a_dry_run(@TempDir Path dir)
            throws Exception {
        try (ImportNode node = new ImportNode(dir.resolve("node"))) {
            Path good = Files.write(dir.resolve("reports.csv"), ReportFiles.csv(ReportImportHttpTest.THREE_REPORTS));
            Path bad = Files.write(dir.resolve("bad.csv"), ReportFiles.csv(ReportFiles.ENGLISH_HEADER,
                    "R-8,E-SC,2023,body-A,COMBUSTION,boiler,COAL,9000,20.908,0.02618,1.5,,,",
                    "R-8,E-SC,2023,body-A,SOLAR,panel,,1,,,,,,",
                    "R-9,E-CQ,2023,body-A,PURCHASED_ELECTRICITY,grid,CQ,2000,,,,,,"));
            // The representative's API key, in a file as the command wants it (never on the command line).
            Path key = Files.writeString(dir.resolve("rep.key"), node.api.keyOf("rep"));

            ConsoleCapture.Run dryRun = ConsoleCapture.main("import", "reports", good.toString(), "--url",
                    node.url(), "--api-key-file", key.toString(), "--dry-run");
            assertThat(dryRun.exitCode()).as(dryRun.out()).isZero();
            assertThat(dryRun.out()).contains("Staged (dry run, nothing imported)", "3 report(s), 5 line(s)");

            String before = node.api.stateHash();
            ConsoleCapture.Run refused = ConsoleCapture.main("import", "reports", bad.toString(), "--url",
                    node.url(), "--api-key-file", key.toString());
            assertThat(refused.exitCode()).as(refused.out()).isEqualTo(1);
            assertThat(refused.out()).contains("2 problem(s) found; nothing was imported",
                    "line 2, oxidation [MRV-FACTOR-BOUNDS]", "line 3, line_kind [IMPORT-LINE-KIND]");
            assertThat(node.api.stateHash()).isEqualTo(before);

            ConsoleCapture.Run imported = ConsoleCapture.main("import", "reports", good.toString(), "--url",
                    node.url() + "/", "--api-key-file", key.toString(), "--submit", "--batch-id", "B-2023");
            assertThat(imported.exitCode()).as(imported.out()).isZero();
            assertThat(imported.out()).contains("Imported batch B-2023: 3 report(s), 5 line(s), submitted at sequence");
            assertThat(node.api.stateHash()).isNotEqualTo(before);

            ConsoleCapture.Run wrongFile = ConsoleCapture.main("import", "reports", dir.resolve("x.txt").toString(),
                    "--url", node.url(), "--api-key-file", key.toString());
            assertThat(wrongFile.exitCode()).isEqualTo(2);
        }
    }
}
