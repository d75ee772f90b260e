package org.openets.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.openets.core.Envelope;
import org.openets.core.Outcome;
import org.openets.core.Rejection;
import org.openets.mrv.DraftReport;
import org.openets.mrv.ImportReports;
import org.openets.mrv.Mrv;
import org.openets.runtime.EngineRunner;

/**
 * Stages a report file and, when it is clean, imports it as one {@link ImportReports} command. Staging reads
 * every row, forms the reports and collects every problem: format and row problems off the engine thread, then
 * each report's {@code Mrv.checkDraft} in one read-only query on it. Only a file without problems is submitted,
 * so a bad file changes nothing; the command itself is checked again by the engine, all or nothing.
 */
public final class ReportImporter {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public enum Format {
        CSV, XLSX;

        /** The format of a {@code Content-Type} (parameters such as a charset ignored), or null. */
        public static Format ofContentType(String contentType) {
            String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
            return switch (type) {
                case "text/csv" -> CSV;
                case XLSX_TYPE -> XLSX;
                default -> null;
            };
        }
    }

    /**
     * One import: the file, who imports, whether to submit the reports too, whether only to stage, and the batch
     * id (null: derived from the file's content, so the same file is imported once).
     */
    public record Request(byte[] file, Format format, String actorId, boolean submit, boolean dryRun,
                          String batchId) {
    }

    /** What an import came to. */
    public sealed interface Result {
    }

    /** Staged cleanly and, unless a dry run, imported at {@code sequence} ({@code duplicate}: imported before). */
    public record Imported(String batchId, int reports, int lines, boolean submitted, boolean dryRun, Long sequence,
                           boolean duplicate) implements Result {
    }

    /** Refused; every problem found, in file order. */
    public record Refused(List<ImportProblem> problems) implements Result {
    }

    /** What the engine thread found: whether the batch exists, and each report's problem. */
    private record Staging(boolean batchImported, List<ImportProblem> problems) {
    }

    private final EngineRunner runner;

    public ReportImporter(EngineRunner runner) {
        this.runner = runner;
    }

    public CompletableFuture<Result> run(Request request) {
        ReportSheet.Parsed parsed = request.format() == Format.XLSX ? ReportSheet.xlsx(request.file())
                : ReportSheet.csv(request.file());
        ReportAssembler.Assembled assembled = ReportAssembler.assemble(parsed.rows());
        List<ImportProblem> found = new ArrayList<>(parsed.problems());
        found.addAll(assembled.problems());
        String batchId = request.batchId() != null ? request.batchId() : contentBatchId(request.file());
        return runner.query(engine -> {
            Mrv mrv = engine.context(Mrv.class);
            // The command will be stamped no earlier than the last one applied.
            long now = engine.lastTimestampMillis();
            List<ImportProblem> problems = new ArrayList<>();
            if (mrv.imported(batchId)) {
                // Its reports exist now; the submission answers a retry with the first outcome, anyone else no.
                return new Staging(true, problems);
            }
            for (ReportAssembler.StagedReport staged : assembled.reports()) {
                Rejection rejection = mrv.checkDraft(staged.report(), request.actorId(), now);
                if (rejection != null) {
                    problems.add(problem(staged, rejection));
                }
            }
            return new Staging(false, problems);
        }).thenCompose(staging -> {
            found.addAll(staging.problems());
            if (staging.batchImported() && request.dryRun()) {
                found.add(new ImportProblem(0, "batchId", "MRV-ID-UNIQUE", "batch " + batchId
                        + " was imported already"));
            }
            if (!found.isEmpty()) {
                return CompletableFuture.completedFuture(refused(found));
            }
            if (assembled.reports().isEmpty()) {
                return CompletableFuture.completedFuture(new Refused(List.of(new ImportProblem(0, "file",
                        ReportSheet.FILE_RULE, "the file has no report rows"))));
            }
            int lines = assembled.reports().stream().mapToInt(r -> r.report().lines().size()).sum();
            if (request.dryRun()) {
                return CompletableFuture.completedFuture(new Imported(batchId, assembled.reports().size(), lines,
                        request.submit(), true, null, false));
            }
            List<DraftReport> reports = assembled.reports().stream().map(ReportAssembler.StagedReport::report)
                    .toList();
            Envelope envelope = new Envelope("import:" + batchId, request.actorId(), "import",
                    new ImportReports(batchId, reports, request.submit()));
            return runner.submit(envelope).thenApply(outcome -> {
                if (outcome instanceof Outcome.Accepted accepted) {
                    return new Imported(batchId, reports.size(), lines, request.submit(), false,
                            accepted.sequence(), false);
                }
                if (outcome instanceof Outcome.Duplicate duplicate) {
                    return new Imported(batchId, reports.size(), lines, request.submit(), false,
                            duplicate.originalSequence(), true);
                }
                return (Result) new Refused(List.of(batchProblem(assembled,
                        ((Outcome.Rejected) outcome).rejection())));
            });
        });
    }

    private static Refused refused(List<ImportProblem> problems) {
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        return new Refused(List.copyOf(sorted));
    }

    private static ImportProblem problem(ReportAssembler.StagedReport staged, Rejection rejection) {
        return new ImportProblem(ReportAssembler.lineOf(staged, rejection.field()),
                ReportAssembler.columnOf(rejection.field()), rejection.rule(), rejection.message());
    }

    /** A rejection of the whole command (state changed since staging): placed at the report it names. */
    private static ImportProblem batchProblem(ReportAssembler.Assembled assembled, Rejection rejection) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^reports\\[(\\d+)]").matcher(rejection.field());
        if (m.find() && Integer.parseInt(m.group(1)) < assembled.reports().size()) {
            return problem(assembled.reports().get(Integer.parseInt(m.group(1))), rejection);
        }
        return new ImportProblem(0, rejection.field(), rejection.rule(), rejection.message());
    }

    /** "IMP-" and the first 16 hex digits of the file's SHA-256. */
    static String contentBatchId(byte[] file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(file);
            return "IMP-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
