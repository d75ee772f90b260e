package org.openets.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The allocation and compliance read model on the embedded default: an H2 file database in PostgreSQL mode. */
class H2ComplianceReadModelTest extends ComplianceReadModelSpec {

    @TempDir
    Path dataDir;
    private int databases;

    @Override
    protected String freshDatabaseUrl() {
        return ReadModel.h2Url(dataDir.resolve("data-" + (++databases)));
    }
}
