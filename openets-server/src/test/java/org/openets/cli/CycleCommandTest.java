package org.openets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.journal.FileJournal;

/**
 * {@code openets cycle} as a user runs it: a whole year on a fresh demo, through a real node and its journal, and
 * the summary in JSON; a data directory in use is refused and left alone.
 */
class CycleCommandTest {

    @Test
    void the_year_runs_through_the_journal_and_prints_its_summary(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("cycle");
        ConsoleCapture.Run run = ConsoleCapture.main("cycle", "--year", "2025", "--data", data.toString(), "--json");

        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode summary = new ObjectMapper().readTree(run.out().substring(run.out().indexOf('{')));
        assertThat(summary.get("year").asInt()).isEqualTo(2025);
        assertThat(summary.get("jurisdictions")).hasSize(2);
        for (JsonNode j : summary.get("jurisdictions")) {
            assertThat(j.get("freeTonnes").asLong() + j.get("auctionedTonnes").asLong()
                    + j.get("reservedTonnes").asLong()).isEqualTo(j.get("capTonnes").asLong());
            assertThat(j.get("auctionRevenueFen").asLong()).isPositive();
            assertThat(j.get("compliantEntities").asInt()).isPositive();
        }
        long commands = summary.get("journaledCommands").asLong();
        try (FileJournal journal = FileJournal.open(data.resolve("journal"))) {
            assertThat(journal.lastSequence()).isGreaterThanOrEqualTo(commands - 1).isPositive();
        }
    }

    @Test
    void a_data_directory_in_use_is_refused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        ConsoleCapture.Run run = ConsoleCapture.main("cycle", "--data", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("keep.txt"))).isEqualTo("mine");
    }

    @Test
    void a_year_before_the_demo_is_refused() {
        ConsoleCapture.Run run = ConsoleCapture.main("cycle", "--year", "2024");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
