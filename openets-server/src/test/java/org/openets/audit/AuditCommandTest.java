package org.openets.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openets.api.Json;
import org.openets.cli.Main;
import org.openets.journal.TestFiles;

/** {@code openets audit} on the journal of a stopped node: text lines, filters, JSON lines and damage. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditCommandTest {

    private Path dataDir;

    private record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.isBlank() ? List.of() : List.of(out.strip().split("\\R"));
        }
    }

    @BeforeAll
    void journalSomeCommandsAndStop(@TempDir Path dir) throws Exception {
        dataDir = dir.resolve("data");
        new AuditScript(dataDir).node.close();
    }

    private static Run audit(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            List<String> all = new ArrayList<>(List.of("audit"));
            all.addAll(List.of(args));
            int code = Main.run(all.toArray(String[]::new));
            return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void one_line_per_command_with_time_actor_address_type_outcome_and_fields() {
        Run run = audit("--data", dataDir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(AuditScript.COMMANDS);
        assertThat(run.lines().get(5)).startsWith("6  2025-03-02 08:00:00.000 CST  system  127.0.0.1  RegisterActor  "
                + "accepted, 1 event  {").contains("\"actorId\":\"reg-sc\"", "\"role\":\"REGULATOR\"");
        assertThat(run.lines().get(11)).startsWith("12  2025-03-09 08:00:00.000 CST  reg-sc  127.0.0.1  IssueUnits  ")
                .contains("\"quantity\":1000");
        assertThat(run.lines().get(9)).contains("RegisterUser").contains("[redacted]").doesNotContain("argon2");
        assertThat(run.err()).contains("16 of 16 journaled commands shown");
    }

    @Test
    void filters_combine() {
        assertThat(audit("--data", dataDir.toString(), "--user", "system", "--type", "RegisterActor").lines())
                .hasSize(4);
        assertThat(audit("--data", dataDir.toString(), "--user", "system", "--type", "OpenAccount").lines())
                .singleElement().asString().contains("ENT-1");
        assertThat(audit("--data", dataDir.toString(), "--from", "2025-03-03", "--user", "reg-sc").lines())
                .singleElement().asString().contains("IssueUnits");
        assertThat(audit("--data", dataDir.toString(), "--type", "RegisterActor", "--to", "2025-03-02T08:00").lines())
                .isEmpty();
        assertThat(audit("--data", dataDir.toString(), "--user", "reg-sc", "--to", "2025-03-09").lines()).isEmpty();
    }

    @Test
    void json_lines_carry_the_command_as_an_object() throws Exception {
        Run run = audit("--data", dataDir.toString(), "--json", "--type", "IssueUnits");
        JsonNode entry = Json.MAPPER.readTree(run.lines().get(0));
        assertThat(entry.get("sequence").asLong()).isEqualTo(AuditScript.ISSUE_SEQUENCE);
        assertThat(entry.get("time").asText()).isEqualTo("2025-03-09T08:00:00+08:00");
        assertThat(entry.get("actor").asText()).isEqualTo("reg-sc");
        assertThat(entry.get("clientAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(entry.get("outcome").asText()).isEqualTo("accepted");
        assertThat(entry.get("command").get("unit").asText()).isEqualTo("SCEA-2025");
    }

    @Test
    void bad_options_are_named() {
        Run unknownType = audit("--data", dataDir.toString(), "--type", "Nonsense");
        assertThat(unknownType.exitCode()).isEqualTo(2);
        assertThat(unknownType.err()).contains("--type", "Nonsense");
        Run badTime = audit("--data", dataDir.toString(), "--from", "yesterday");
        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.err()).contains("--from", "yesterday");
    }

    @Test
    void a_damaged_record_stops_the_listing_naming_it(@TempDir Path copy) throws Exception {
        Path damaged = copy.resolve("data");
        copyTree(dataDir, damaged);
        TestFiles.Located third = TestFiles.records(damaged.resolve("journal")).get(2);
        TestFiles.flipByte(third.segment(), third.offset() + third.length() / 2);
        Run run = audit("--data", damaged.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("sequence 3", third.segment().getFileName().toString());
        assertThat(run.lines()).isEmpty();
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var paths = java.nio.file.Files.walk(from)) {
            for (Path p : paths.toList()) {
                java.nio.file.Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
