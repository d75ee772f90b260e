package org.openets.node;

import io.javalin.Javalin;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.function.LongConsumer;
import org.openets.api.AllocationQueries;
import org.openets.api.BlockTradeQueries;
import org.openets.audit.AuditRoute;
import org.openets.audit.AuditTrail;
import org.openets.api.ComplianceQueries;
import org.openets.api.ExchangeQueries;
import org.openets.api.MrvQueries;
import org.openets.api.OpenApiDocument;
import org.openets.api.HttpGateway;
import org.openets.api.HttpLimits;
import org.openets.api.Operations;
import org.openets.api.RegistryQueries;
import org.openets.api.ReportQueries;
import org.openets.api.RulebookQueries;
import org.openets.core.Event;
import org.openets.engine.JournalEntry;
import org.openets.fix.FixCredentials;
import org.openets.fix.FixGateway;
import org.openets.journal.FileJournal;
import org.openets.journal.FileSnapshotStore;
import org.openets.journal.KafkaJournal;
import org.openets.journal.Journal;
import org.openets.journal.JournalCursor;
import org.openets.journal.JournalRecord;
import org.openets.runtime.EngineRunner;
import org.openets.runtime.EpochClock;
import org.openets.runtime.Recovery;
import org.openets.runtime.RunnerSettings;
import org.openets.runtime.Scheduler;
import org.openets.security.AccessControl;
import org.openets.security.AuthRoutes;
import org.openets.security.SecurityService;
import org.openets.store.ExchangeHistory;
import org.openets.store.EnforcementRegister;
import org.openets.store.ProjectionFollower;
import org.openets.store.Projections;
import org.openets.store.TransferHistory;
import org.openets.store.ReadModel;
import org.openets.stream.MarketStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One OpenETS process: the journal, the engine recovered from it, the sequencer, the scheduler, the read
 * model that follows the journal, and the HTTP gateway.
 */
public final class Node implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Node.class);

    private final Journal journal;
    private final EngineRunner runner;
    private final Scheduler scheduler;
    private final ReadModel readModel;
    private final ProjectionFollower follower;
    private final Javalin http;
    private final Recovery.Result recovery;
    private final FixGateway fix;
    private final SecurityService security;

    private Node(NodeSettings settings, EpochClock clock, LongConsumer progress) throws IOException {
        FixCredentials fixCredentials = settings.fix() == null ? null
                : FixCredentials.load(settings.fix().credentials());
        journal = settings.kafka() == null ? FileJournal.open(settings.dataDir().resolve("journal"))
                : KafkaJournal.open(settings.kafka().bootstrapServers(), settings.kafka().topic());
        FileSnapshotStore snapshots;
        try {
            snapshots = new FileSnapshotStore(settings.dataDir().resolve("snapshots"));
            recovery = Recovery.recover(journal, snapshots, progress);
            readModel = ReadModel.open(settings.effectiveJdbcUrl());
            refuseReadModelAheadOfJournal(readModel, journal);
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
        runner = new EngineRunner(recovery.engine(), journal, snapshots, clock,
                RunnerSettings.defaults().withSnapshotEvery(settings.snapshotEvery())).start();
        scheduler = new Scheduler(runner, 200);
        follower = new ProjectionFollower(journal, Projections.projector(readModel, recovery.engine().codec()), 2_000,
                Duration.ofMillis(50)).start();
        HttpGateway gateway = new HttpGateway(runner, recovery.engine().codec().catalog(), this::eventsAt);
        Operations operations = new Operations(runner, follower::lag);
        security = new SecurityService(runner, clock);
        AccessControl accessControl = new AccessControl(security, runner, new TransferHistory(readModel),
                new ExchangeHistory(readModel));
        http = Javalin.create(config -> {
            new HttpLimits(settings.rates(), settings.tls()).install(config);
            accessControl.routes(config);
            new AuthRoutes(security, runner).routes(config);
            gateway.routes(config);
            new RegistryQueries(runner, new TransferHistory(readModel)).routes(config);
            new ExchangeQueries(runner, clock, new ExchangeHistory(readModel)).routes(config);
            new MrvQueries(runner).routes(config);
            new AllocationQueries(runner).routes(config);
            new ComplianceQueries(runner, new EnforcementRegister(readModel)).routes(config);
            new RulebookQueries(runner).routes(config);
            new ReportQueries(runner).routes(config);
            new BlockTradeQueries(runner, new ExchangeHistory(readModel)).routes(config);
            config.routes.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(indexPage()));
            // The portal's own scripts and styles, and ECharts from its WebJar: no front-end build step.
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/web/assets";
                files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web/pages";
                files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            operations.routes(config);
            new AuditRoute(new AuditTrail(journal, recovery.engine().codec()),
                    recovery.engine().codec().catalog()).routes(config);
            new OpenApiDocument(recovery.engine().codec().catalog()).routes(config);
            new MarketStreams(runner, new ExchangeHistory(readModel), follower::projectedSequence,
                    security).routes(config);
        }).start(settings.host(), settings.port());
        fix = settings.fix() == null ? null : startFix(settings, clock, fixCredentials);
        LOG.info("OpenETS node up at sequence {} on {}://{}:{}", recovery.engine().lastSequence(),
                settings.tls() == null ? "http" : "https", settings.host(), http.port());
    }

    public static Node start(NodeSettings settings, EpochClock clock, LongConsumer progress) throws IOException {
        return new Node(settings, clock, progress);
    }

    public EngineRunner runner() {
        return runner;
    }

    /** Sign-in, sessions and API keys: the authenticator of every gateway of this node. */
    public SecurityService security() {
        return security;
    }

    public int port() {
        return http.port();
    }

    /** Every HTTP route the server dispatches, as "METHOD path", read from Javalin's own router. */
    public SortedSet<String> routes() {
        return http.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A FIX port already taken fails start-up, and what has started stops again. */
    private FixGateway startFix(NodeSettings settings, EpochClock clock, FixCredentials credentials)
            throws IOException {
        try {
            return FixGateway.start(runner, clock, settings.host(), settings.fix().port(), credentials);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** The FIX acceptor's port, or -1 when the node runs none. */
    public int fixPort() {
        return fix == null ? -1 : fix.port();
    }

    public ReadModel readModel() {
        return readModel;
    }

    public ProjectionFollower follower() {
        return follower;
    }

    public Journal journal() {
        return journal;
    }

    /**
     * A read model that has projected more than the journal holds was built from another journal (a restored
     * backup, another node's data); following this journal would mix the two, so start-up stops.
     */
    private static void refuseReadModelAheadOfJournal(ReadModel readModel, Journal journal) throws IOException {
        long projected = readModel.projectedSequence();
        if (projected > journal.lastSequence()) {
            readModel.close();
            throw new IOException("the read model has projected up to sequence " + projected
                    + " but the journal ends at " + journal.lastSequence() + ": it was built from another journal."
                    + " Delete the read model database (it is rebuilt from the journal) or point --jdbc elsewhere.");
        }
    }

    private static byte[] indexPage() throws IOException {
        try (var in = Node.class.getResourceAsStream("/web/index.html")) {
            return in.readAllBytes();
        }
    }

    private List<Event> eventsAt(long sequence) throws IOException {
        try (JournalCursor cursor = journal.read(sequence)) {
            JournalRecord record = cursor.next();
            if (record == null || record.sequence() != sequence) {
                return List.of();
            }
            return JournalEntry.decode(recovery.engine().codec(), record.payload()).events();
        }
    }

    @Override
    public void close() throws IOException {
        http.stop();
        if (fix != null) {
            fix.close();
        }
        scheduler.close();
        runner.close();
        follower.close();
        readModel.close();
        journal.close();
    }
}
