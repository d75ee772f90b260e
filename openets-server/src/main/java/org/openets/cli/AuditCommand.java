package org.openets.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openets.audit.AuditFilter;
import org.openets.audit.AuditTrail;
import org.openets.api.Json;
import org.openets.core.RecordCodec;
import org.openets.engine.StandardEngine;
import org.openets.journal.FileJournal;
import org.openets.journal.JournalCorruptedException;
import org.openets.journal.JournalVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists who did what and when, from a stopped node's journal. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "List the journaled commands, oldest first: sequence, time (CST), actor, client address, "
                + "command type, outcome and the command's fields. Checks the hash chain as it reads; exit code 1 "
                + "names a damaged record. Run it on a stopped node's data directory.")
public final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "data", description = "data directory (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--user", paramLabel = "ID", description = "only commands by this actor")
    String user;

    @Option(names = "--type", paramLabel = "CommandType", description = "only commands of this type, e.g. PlaceOrder")
    String type;

    @Option(names = "--from", paramLabel = "ISO-TIME", description = "only commands at or after this time "
            + "(2025-03-03T09:30 is CST; an offset or Z may be given; a bare date means its midnight)")
    String from;

    @Option(names = "--to", paramLabel = "ISO-TIME", description = "only commands before this time")
    String to;

    @Option(names = "--json", description = "one JSON object a line instead of text")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AuditFilter filter = new AuditFilter(user, type, time("--from", from), time("--to", to));
        JournalVerifier.Result verified = JournalVerifier.verify(dataDir);
        if (!verified.ok()) {
            JournalVerifier.Failure f = verified.failure().orElseThrow();
            System.err.println("journal damaged at sequence " + f.sequence() + " (segment " + f.segment()
                    + ", byte offset " + f.offset() + "): " + f.reason());
            return 1;
        }
        RecordCodec codec = StandardEngine.create().codec();
        if (type != null && codec.catalog().types().values().stream()
                .noneMatch(t -> org.openets.core.Command.class.isAssignableFrom(t) && t.getSimpleName().equals(type))) {
            throw new ParameterException(spec.commandLine(), "--type: unknown command type '" + type + "'");
        }
        long[] shown = {0};
        try (FileJournal journal = FileJournal.open(verified.directory())) {
            AuditTrail.read(journal, codec, filter, entry -> {
                String line = json ? Json.write(entry.toJson()) : entry.line();
                System.out.println(line);
                shown[0]++;
            });
        } catch (JournalCorruptedException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        System.err.println(shown[0] + " of " + verified.recordCount() + " journaled commands shown");
        return 0;
    }

    private Long time(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return AuditFilter.parseTime(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
