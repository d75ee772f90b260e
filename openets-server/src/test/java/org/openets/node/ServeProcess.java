package org.openets.node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code openets serve} in a child JVM on the test's own class path, listening on a free port. The port is
 * read from the line the command prints once the node is up; everything the child prints is kept for failure
 * messages.
 */
final class ServeProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("OpenETS is serving on http://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    private ServeProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "serve-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code serve --data dataDir --port 0} and waits until it serves, at most {@code timeout}. */
    static ServeProcess start(Path dataDir, Duration timeout) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only: the child serves a few hundred requests, so a quicker start matters more than peak speed.
        Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "org.openets.cli.Main", "serve", "--data", dataDir.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        ServeProcess serve = new ServeProcess(process);
        try {
            serve.port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return serve;
        } catch (ExecutionException | TimeoutException e) {
            serve.close();
            throw new IllegalStateException("serve did not come up within " + timeout + "; it printed:\n"
                    + serve.output, e);
        }
    }

    int port() {
        return port.getNow(-1);
    }

    String output() {
        return output.toString();
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, which lets the shutdown hook close the node; SIGKILL if it takes too long. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    port.complete(Integer.parseInt(serving.group(1)));
                }
            }
        } catch (IOException e) {
            output.append("[output unreadable: ").append(e.getMessage()).append("]\n");
        }
        port.completeExceptionally(new IllegalStateException("serve exited"));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
