package org.openets.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-model contract on the embedded default: an H2 file database in PostgreSQL mode. */
class H2ReadModelTest extends ReadModelSpec {

    @TempDir
    Path dataDir;
    private int databases;

    @Override
    protected String freshDatabaseUrl() {
        return ReadModel.h2Url(dataDir.resolve("data-" + (++databases)));
    }

    @Test
    void the_default_database_lives_under_the_data_directory() {
        Path data = dataDir.resolve("default");
        try (ReadModel model = ReadModel.openDefault(data)) {
            assertThat(model.dialect()).isEqualTo(SqlDialect.H2);
        }
        assertThat(Files.exists(data.resolve("db").resolve("openets.mv.db"))).isTrue();
    }
}
