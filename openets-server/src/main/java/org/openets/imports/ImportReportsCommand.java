package org.openets.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code openets import reports FILE}: posts a CSV or XLSX report file to a running node's
 * {@value ReportImportRoute#PATH} and prints the summary, or every problem with its line. Exit code 0 when
 * imported (or staged cleanly), 1 when the file has problems, 2 when the node could not be asked.
 */
@Command(name = "reports", mixinStandardHelpOptions = true,
        description = "Import emission reports from a CSV or XLSX file (one row per activity line) as one batch: "
                + "all or none. Prints every problem with its line when the file is refused.")
public final class ImportReportsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the .csv or .xlsx file")
    Path file;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "node URL (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--api-key-file", description = "file holding the API key of the importing user (a"
            + " representative of each entity's holding account, or a regulator of its jurisdiction); default: the"
            + " OPENETS_API_KEY environment variable")
    Path apiKeyFile;

    @Option(names = "--dry-run", description = "stage only: check everything, import nothing")
    boolean dryRun;

    @Option(names = "--submit", description = "submit the reports for verification as well as drafting them")
    boolean submit;

    @Option(names = "--batch-id", description = "batch id (default: derived from the file's content)")
    String batchId;

    @Override
    public Integer call() throws InterruptedException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String contentType = name.endsWith(".xlsx") ? ReportImporter.XLSX_TYPE
                : name.endsWith(".csv") ? "text/csv; charset=utf-8" : null;
        if (contentType == null) {
            System.out.println("error: " + file + " is neither .csv nor .xlsx");
            return 2;
        }
        HttpResponse<String> response;
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + ReportImportRoute.PATH
                            + query()))
                    .timeout(Duration.ofMinutes(2))
                    .header("Content-Type", contentType)
                    .header("Authorization", "Bearer " + apiKey())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file))).build();
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            System.out.println("error: " + e.getMessage());
            return 2;
        }
        return print(response);
    }

    /** The key from the file or the environment, never from the command line, where other users could see it. */
    private String apiKey() throws IOException {
        String key = apiKeyFile != null ? Files.readString(apiKeyFile).trim() : System.getenv("OPENETS_API_KEY");
        if (key == null || key.isBlank()) {
            throw new IOException("give the importing user's API key with --api-key-file or OPENETS_API_KEY");
        }
        return key;
    }

    private String query() {
        StringBuilder query = new StringBuilder("?dryRun=" + dryRun + "&submit=" + submit);
        if (batchId != null) {
            query.append("&batchId=").append(URLEncoder.encode(batchId, StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private int print(HttpResponse<String> response) {
        JsonNode body;
        try {
            body = new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            System.out.println("error: HTTP " + response.statusCode() + ": " + response.body());
            return 2;
        }
        if (response.statusCode() == 200) {
            String status = body.path("status").asText();
            System.out.printf("%s batch %s: %d report(s), %d line(s)%s%s%n",
                    status.equals("staged") ? "Staged (dry run, nothing imported)" : status.equals("duplicate")
                            ? "Already imported" : "Imported",
                    body.path("batchId").asText(), body.path("reports").asInt(), body.path("lines").asInt(),
                    body.path("submitted").asBoolean() ? ", submitted" : "",
                    body.has("sequence") ? " at sequence " + body.path("sequence").asLong() : "");
            return 0;
        }
        System.out.println("Refused (HTTP " + response.statusCode() + "): " + body.path("detail").asText());
        for (JsonNode error : body.path("errors")) {
            System.out.printf("  line %d, %s [%s]: %s%n", error.path("line").asInt(), error.path("field").asText(),
                    error.path("rule").asText(), error.path("message").asText());
        }
        if (body.has("field")) {
            System.out.printf("  %s [%s]%n", body.path("field").asText(), body.path("rule").asText());
        }
        return response.statusCode() == 422 ? 1 : 2;
    }
}
