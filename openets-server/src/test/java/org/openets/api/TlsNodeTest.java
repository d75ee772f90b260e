package org.openets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openets.node.Node;
import org.openets.node.NodeSettings;

/** A node given a PKCS12 key store serves HTTPS only, with TLS 1.2 or 1.3, and tells browsers to stay on it. */
class TlsNodeTest {

    private static final String PASSWORD = "change-it-please";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void serves_https_with_hsts_and_refuses_plain_http(@TempDir Path dir) throws Exception {
        Path keyStore = selfSigned(dir.resolve("node.p12"));
        NodeSettings settings = new NodeSettings(dir.resolve("data"), "127.0.0.1", 0, null, 1000)
                .withTls(new TlsKeyStore(keyStore, PASSWORD));
        try (Node node = Node.start(settings, () -> 0L, p -> { })) {
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(keyStore)).connectTimeout(TIMEOUT)
                    .build();

            HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + node.port() + "/health")).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    hsts -> assertThat(hsts).startsWith("max-age="));
            assertThat(health.sslSession()).hasValueSatisfying(
                    session -> assertThat(session.getProtocol()).isIn("TLSv1.2", "TLSv1.3"));

            int[] plainStatus = {0};
            Throwable plain = catchThrowable(() -> plainStatus[0] = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/health"))
                            .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertThat(plain != null || plainStatus[0] >= 400).as("plain HTTP answered " + plainStatus[0]).isTrue();
        }
    }

    /** A key store made as an operator would make one, with the JDK's keytool. */
    private static Path selfSigned(Path file) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "node", "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=localhost", "-ext",
                "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return file;
    }

    private static SSLContext trusting(Path keyStoreFile) throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("node", keyStore.getCertificate("node"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
