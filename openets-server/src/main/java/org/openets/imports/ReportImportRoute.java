package org.openets.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.openets.runtime.EngineRunner;

/**
 * {@code POST /api/v1/imports/reports}: the body is the file ({@code text/csv} or XLSX), sent as the signed-in
 * user, as for commands. {@code ?dryRun=true} stages only, {@code ?submit=true} submits
 * the reports too, {@code ?batchId=} names the batch. 200 with the batch id, counts and sequence; 422 problem+json
 * whose {@code errors} list every bad row; nothing changes on an error.
 */
public final class ReportImportRoute implements Handler {

    public static final String PATH = "/api/v1/imports/reports";
    /** Largest file taken: some 50,000 CSV rows, far above one jurisdiction's annual reports. */
    public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    private static final String PROBLEM_TYPE = "application/problem+json";
    private static final String PROBLEMS = "https://openets.org/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReportImporter importer;

    public ReportImportRoute(EngineRunner runner) {
        this.importer = new ReportImporter(runner);
    }

    @Override
    public void handle(Context ctx) {
        String actor = org.openets.security.AccessControl.required(ctx).userId();
        ReportImporter.Format format = ReportImporter.Format.ofContentType(ctx.header("Content-Type"));
        if (format == null) {
            badRequest(ctx, 415, "Content-Type", "IMPORT-CONTENT-TYPE",
                    "send the file as text/csv or " + ReportImporter.XLSX_TYPE);
            return;
        }
        String batchId = ctx.queryParam("batchId");
        if (batchId != null && !batchId.matches("[A-Za-z0-9._:-]{1,64}")) {
            badRequest(ctx, 400, "batchId", "IMPORT-BATCH-ID", "batchId must be 1-64 letters, digits or . _ : -");
            return;
        }
        byte[] file;
        try {
            file = ctx.bodyAsBytes();
        } catch (io.javalin.http.HttpResponseException e) {
            badRequest(ctx, e.getStatus(), "body", "API-BODY-SIZE", "the file exceeds " + MAX_FILE_BYTES + " bytes");
            return;
        }
        var request = new ReportImporter.Request(file, format, actor, flag(ctx, "submit"), flag(ctx, "dryRun"),
                batchId);
        ctx.future(() -> importer.run(request).thenAccept(result -> answer(ctx, result)).exceptionally(error -> {
            badRequest(ctx, 503, null, null, "nothing was imported: " + error.getMessage());
            return null;
        }));
    }

    private static boolean flag(Context ctx, String name) {
        return "true".equalsIgnoreCase(ctx.queryParam(name));
    }

    private static void answer(Context ctx, ReportImporter.Result result) {
        if (result instanceof ReportImporter.Imported imported) {
            ObjectNode body = JSON.createObjectNode();
            body.put("status", imported.dryRun() ? "staged" : imported.duplicate() ? "duplicate" : "imported");
            body.put("batchId", imported.batchId());
            body.put("reports", imported.reports());
            body.put("lines", imported.lines());
            body.put("submitted", imported.submitted());
            if (imported.sequence() != null) {
                body.put("sequence", imported.sequence());
            }
            ctx.status(200).contentType("application/json").result(body.toString());
            return;
        }
        var problems = ((ReportImporter.Refused) result).problems();
        ObjectNode body = problem(422, "Import rejected", problems.size() + " problem(s) found; nothing was imported");
        body.put("type", PROBLEMS + "import-rejected");
        ArrayNode errors = body.putArray("errors");
        for (ImportProblem p : problems) {
            errors.addObject().put("line", p.line()).put("field", p.field()).put("rule", p.rule())
                    .put("message", p.message());
        }
        ctx.status(422).contentType(PROBLEM_TYPE).result(body.toString());
    }

    private static void badRequest(Context ctx, int status, String field, String rule, String detail) {
        ObjectNode body = problem(status, status == 503 ? "Engine unavailable" : "Invalid request", detail);
        if (field != null) {
            body.put("field", field);
        }
        if (rule != null) {
            body.put("rule", rule);
        }
        ctx.status(status).contentType(PROBLEM_TYPE).result(body.toString());
    }

    private static ObjectNode problem(int status, String title, String detail) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", PROBLEMS + (status == 503 ? "unavailable" : "invalid-request"));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }
}
