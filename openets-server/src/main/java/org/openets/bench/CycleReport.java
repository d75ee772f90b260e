package org.openets.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.openets.api.Json;

/** The compliance-year benchmark's figures as text or as one JSON object. */
public final class CycleReport {

    /** The year should take less than this on the reference machine (2 cores). */
    public static final double TARGET_SECONDS = 10.0;

    private CycleReport() {
    }

    public static String json(CycleBench.Result r) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("benchmark", "cycle");
        root.put("workload", r.workload());
        root.put("java", r.java());
        root.put("cores", r.cores());
        ArrayNode phases = root.putArray("phases");
        for (CycleBench.Phase p : r.phases()) {
            phases.addObject().put("name", p.name()).put("in_year", p.inYear()).put("commands", p.commands())
                    .put("events", p.events()).put("seconds", round(p.seconds()))
                    .put("commands_per_s", Math.round(p.commandsPerSecond()))
                    .put("read_model_lag", p.readModelLag());
        }
        root.put("setup_projection_seconds", round(r.setUpProjectionSeconds()));
        ObjectNode year = root.putObject("year");
        year.put("commands", r.yearCommands());
        year.put("events", r.yearEvents());
        year.put("seconds", round(r.yearSeconds()));
        year.put("commands_per_s", Math.round(r.yearCommandsPerSecond()));
        year.put("projection_tail_seconds", round(r.projectionTailSeconds()));
        year.put("target_seconds", TARGET_SECONDS);
        year.put("within_target", r.yearSeconds() < TARGET_SECONDS);
        root.put("journal_records", r.journalRecords());
        root.put("journal_bytes", r.journalBytes());
        root.put("mean_group_commit", Math.round(r.meanGroupCommit()));
        root.put("read_model_sequence", r.readModelSequence());
        root.put("read_model_lag", r.journalRecords() - r.readModelSequence());
        return Json.write(root);
    }

    public static String text(CycleBench.Result r) {
        StringBuilder out = new StringBuilder();
        out.append("OpenETS compliance-year benchmark\n");
        line(out, "  machine    %d cores, %s", r.cores(), r.java());
        line(out, "  workload   %s", r.workload());
        line(out, "  pipeline   sequencer, engine, file journal (one fsync per group commit), H2 read model "
                + "following the journal");
        line(out, "  %-10s %10s %10s %9s %12s %14s", "phase", "commands", "events", "seconds", "commands/s",
                "read-model lag");
        for (CycleBench.Phase p : r.phases()) {
            line(out, "  %-10s %,10d %,10d %9.3f %,12.0f %,14d%s", p.name(), p.commands(), p.events(), p.seconds(),
                    p.commandsPerSecond(), p.readModelLag(), p.inYear() ? "" : "   (not in the year)");
        }
        line(out, "  set-up projected before the year starts: %.3f s more", r.setUpProjectionSeconds());
        line(out, "  year       %,d commands, %,d events in %.3f s = %,.0f commands/s (%s the %.0f s target)",
                r.yearCommands(), r.yearEvents(), r.yearSeconds(), r.yearCommandsPerSecond(),
                r.yearSeconds() < TARGET_SECONDS ? "within" : "OVER", TARGET_SECONDS);
        line(out, "             of which %.3f s waiting for the read model after the last phase was durable",
                r.projectionTailSeconds());
        line(out, "  journal    %,d records, %,d bytes, mean group commit %,.0f", r.journalRecords(),
                r.journalBytes(), r.meanGroupCommit());
        line(out, "  read model at sequence %,d, lag %,d", r.readModelSequence(),
                r.journalRecords() - r.readModelSequence());
        return out.toString();
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
