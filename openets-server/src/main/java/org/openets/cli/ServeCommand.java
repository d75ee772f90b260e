package org.openets.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.openets.api.HttpLimits;
import org.openets.api.TlsKeyStore;
import org.openets.fix.FixGateway;
import org.openets.node.Node;
import org.openets.security.OperatorBootstrap;
import org.openets.node.NodeSettings;
import org.openets.runtime.EpochClock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs a node until it is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the engine, journal, read model and HTTP API; runs until stopped.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "data", description = "data directory (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "listen address (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--jdbc", description = "read model JDBC URL, e.g. jdbc:postgresql://host/db?user=u&password=p (default: H2 file under --data)")
    String jdbcUrl;

    @Option(names = "--kafka-bootstrap", description = "journal in a Kafka topic at these bootstrap servers instead of files under --data")
    String kafkaBootstrap;

    @Option(names = "--kafka-topic", defaultValue = "openets-journal", description = "the journal's topic, one partition (default: ${DEFAULT-VALUE})")
    String kafkaTopic;

    /**
     * A snapshot is written on the engine thread and grows with state (millions of idempotency keys are tens of
     * megabytes), so it is taken rarely; restart replays at most this many records after it.
     */
    static final long DEFAULT_SNAPSHOT_EVERY = 1_000_000;

    @Option(names = "--snapshot-every", defaultValue = "1000000", description = "snapshot every N records (default: ${DEFAULT-VALUE})")
    long snapshotEvery;

    @Option(names = "--fix-port", description = "also accept FIX 4.4 sessions of exchange members on this port (0 for any free one)")
    Integer fixPort;

    @Option(names = "--fix-credentials", description = "members' FIX passwords, one `openets fix-credential` line each; needed with --fix-port")
    Path fixCredentials;

    @Option(names = "--tls-keystore", description = "serve HTTPS only (TLS 1.2/1.3) with the certificate and key in this PKCS12 file")
    Path tlsKeyStore;

    @Option(names = "--tls-keystore-password-env", description = "the environment variable holding the key store's password; needed with --tls-keystore")
    String tlsPasswordVariable;

    @Option(names = "--read-rate", defaultValue = "1000", description = "GET requests a second per credential or address, 0 for no limit (default: ${DEFAULT-VALUE})")
    double readRate;

    @Option(names = "--read-burst", defaultValue = "2000", description = "GET requests a credential or address may send at once (default: ${DEFAULT-VALUE})")
    int readBurst;

    @Option(names = "--write-rate", defaultValue = "200", description = "POST requests a second per credential or address, 0 for no limit (default: ${DEFAULT-VALUE})")
    double writeRate;

    @Option(names = "--write-burst", defaultValue = "400", description = "POST requests a credential or address may send at once (default: ${DEFAULT-VALUE})")
    int writeBurst;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Node node = startNode(settings());
        OperatorBootstrap.ensure(node.runner(), dataDir).ifPresent(file -> System.out.println(
                "first start: the operator's API key is in " + file + " (user 'operator'; register everyone else"
                        + " with POST /api/v1/users)"));
        System.out.println("OpenETS is serving on " + (tlsKeyStore == null ? "http" : "https") + "://" + host + ":" + node.port() + "/  (health: /health, metrics: /metrics)");
        if (node.fixPort() >= 0) {
            System.out.println("FIX 4.4 acceptor on " + host + ":" + node.fixPort() + " (TargetCompID "
                    + FixGateway.COMP_ID + ")");
        }
        awaitShutdown(node);
        return 0;
    }

    NodeSettings settings() {
        return new NodeSettings(dataDir, host, port, jdbcUrl, snapshotEvery,
                kafkaBootstrap == null ? null : new NodeSettings.KafkaTopic(kafkaBootstrap, kafkaTopic), fix(),
                rates(), tls());
    }

    private HttpLimits.Rates rates() {
        try {
            return new HttpLimits.Rates(readRate, readBurst, writeRate, writeBurst);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--read-rate/--write-rate: " + e.getMessage());
        }
    }

    /** The password is read from the environment: a command line is visible to every user of the machine. */
    private TlsKeyStore tls() {
        if ((tlsKeyStore == null) != (tlsPasswordVariable == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--tls-keystore and --tls-keystore-password-env go together");
        }
        if (tlsKeyStore == null) {
            return null;
        }
        String password = System.getenv(tlsPasswordVariable);
        if (password == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "the environment variable " + tlsPasswordVariable + " (--tls-keystore-password-env) is not set");
        }
        if (!java.nio.file.Files.isReadable(tlsKeyStore)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read --tls-keystore " + tlsKeyStore);
        }
        return new TlsKeyStore(tlsKeyStore, password);
    }

    private NodeSettings.FixAcceptor fix() {
        if ((fixPort == null) != (fixCredentials == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fix-port and --fix-credentials go together: members log on with a password");
        }
        return fixPort == null ? null : new NodeSettings.FixAcceptor(fixPort, fixCredentials);
    }

    static Node startNode(NodeSettings settings) throws java.io.IOException {
        Progress progress = new Progress("replaying journal");
        Node node = Node.start(settings, EpochClock.system(), progress::sequence);
        progress.done();
        return node;
    }

    static void awaitShutdown(Node node) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                System.err.println("shutdown: " + e.getMessage());
            }
            stopped.countDown();
        }, "openets-shutdown"));
        stopped.await();
    }
}
