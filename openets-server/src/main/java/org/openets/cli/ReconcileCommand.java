package org.openets.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openets.engine.StandardEngine;
import org.openets.journal.FileJournal;
import org.openets.store.ReadModel;
import org.openets.store.Reconciler;
import org.openets.store.ReconciliationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Compares every balance in the read model with the same balance recomputed from the journal. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Recompute every balance from the journal and compare it with the read model, naming any "
                + "account that differs (exit code 1). Run it on a stopped node's data directory.")
public final class ReconcileCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "data", description = "data directory (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--jdbc", description = "read model JDBC URL (default: the H2 file database under --data)")
    String jdbcUrl;

    @Override
    public Integer call() throws Exception {
        String url = jdbcUrl != null ? jdbcUrl : ReadModel.h2Url(dataDir);
        try (FileJournal journal = FileJournal.open(dataDir.resolve("journal"));
             ReadModel readModel = ReadModel.open(url)) {
            ReconciliationReport report = new Reconciler(journal, readModel, StandardEngine.create().codec()).reconcile();
            System.out.print(report.describe());
            return report.isClean() ? 0 : 1;
        }
    }
}
