package org.openets.fix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openets.engine.Engine;
import org.openets.exchange.Exchange;
import org.openets.exchange.OrderView;
import org.openets.runtime.CommittedListener;
import org.openets.runtime.EngineRunner;
import org.openets.runtime.EpochClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.ConfigError;
import quickfix.MemoryStoreFactory;
import quickfix.SLF4JLogFactory;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.ThreadedSocketAcceptor;
import quickfix.mina.acceptor.DynamicAcceptorSessionProvider;

/**
 * The FIX 4.4 acceptor for exchange members. Any SenderCompID may connect; its Logon names the member
 * (Username) and proves it (Password). Orders become engine commands sent as that member; execution reports
 * and market data come from durable events. Sequence numbers start again at each logon: the journal, not the
 * FIX message store, is the record, and a resent order is recognised by its ClOrdID.
 *
 * <p>All order and market data state lives on one gateway thread; sessions' own threads only read messages.
 */
public final class FixGateway implements AutoCloseable {

    /** The acceptor's SenderCompID; clients send it as TargetCompID. */
    public static final String COMP_ID = "OPENETS";

    private static final Logger LOG = LoggerFactory.getLogger(FixGateway.class);

    private final EngineRunner runner;
    private final ExecutorService gatewayThread;
    private final CommittedListener listener;
    private final ThreadedSocketAcceptor acceptor;
    private final int port;

    private FixGateway(EngineRunner runner, EpochClock clock, String host, int port, FixCredentials credentials)
            throws IOException, ConfigError {
        this.runner = runner;
        this.gatewayThread = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "openets-fix");
            thread.setDaemon(true);
            return thread;
        });
        Sessions sessions = new Sessions();
        MemberOrders orders = new MemberOrders(runner, gatewayThread, sessions, clock);
        MarketDataFeed marketData = new MarketDataFeed(runner, gatewayThread);
        this.listener = records -> onGatewayThread(() -> {
            orders.committed(records);
            marketData.committed(records);
        });
        seed(orders);
        try {
            this.acceptor = acceptor(settings(host, port), new InetSocketAddress(host, port),
                    new GatewayApplication(credentials, sessions, gatewayThread, orders, marketData));
            acceptor.start();
        } catch (ConfigError | RuntimeException e) {
            runner.removeListener(listener);
            gatewayThread.shutdownNow();
            throw e;
        }
        this.port = ((InetSocketAddress) acceptor.getEndpoints().iterator().next().getLocalAddress()).getPort();
    }

    /** An acceptor that creates a session for whichever SenderCompID connects, from one template. */
    private static ThreadedSocketAcceptor acceptor(SessionSettings settings, InetSocketAddress address,
                                                   GatewayApplication application) throws ConfigError {
        MemoryStoreFactory store = new MemoryStoreFactory();
        SLF4JLogFactory log = new SLF4JLogFactory(settings);
        quickfix.fix44.MessageFactory messages = new quickfix.fix44.MessageFactory();
        ThreadedSocketAcceptor acceptor = new ThreadedSocketAcceptor(application, store, settings, log, messages);
        acceptor.setSessionProvider(address, new DynamicAcceptorSessionProvider(settings,
                new SessionID("FIX.4.4", COMP_ID, DynamicAcceptorSessionProvider.WILDCARD), application, store, log,
                messages));
        return acceptor;
    }

    /**
     * Starts listening on {@code host:port} (0 for any free port) once the gateway knows the orders already
     * resting, so that their fills are reported too.
     */
    public static FixGateway start(EngineRunner runner, EpochClock clock, String host, int port,
                                   FixCredentials credentials) throws IOException {
        try {
            return new FixGateway(runner, clock, host, port, credentials);
        } catch (ConfigError | RuntimeException e) {
            throw new IOException("the FIX acceptor did not start on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /**
     * The listener goes on before the resting orders are read, and the gateway thread applies them first: a
     * command decided before the read is in it and skipped by sequence, one decided after is reported.
     */
    private void seed(MemberOrders orders) throws IOException {
        CompletableFuture<Seed> seed = new CompletableFuture<>();
        gatewayThread.execute(() -> {
            Seed resting = seed.join();
            orders.seed(resting.sequence(), resting.orders());
        });
        runner.addListener(listener);
        runner.query(FixGateway::restingOrders).whenComplete((resting, failure) -> {
            if (failure != null) {
                seed.completeExceptionally(failure);
            } else {
                seed.complete(resting);
            }
        });
        try {
            seed.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the resting orders", e);
        } catch (ExecutionException | TimeoutException e) {
            runner.removeListener(listener);
            gatewayThread.shutdownNow();
            throw new IOException("the engine did not list its resting orders", e);
        }
    }

    private record Seed(long sequence, List<TrackedOrder> orders) {
    }

    private static Seed restingOrders(Engine engine) {
        Exchange exchange = engine.context(Exchange.class);
        Map<String, String> members = new HashMap<>();
        List<TrackedOrder> orders = new ArrayList<>();
        for (OrderView order : exchange.openOrders(null)) {
            String member = members.computeIfAbsent(order.accountId(),
                    account -> exchange.tradingAccount(account, engine.lastTimestampMillis()).memberId());
            orders.add(TrackedOrder.resting(order, member));
        }
        return new Seed(engine.lastSequence(), orders);
    }

    private static SessionSettings settings(String host, int port) throws ConfigError {
        String config = String.join("\n",
                "[DEFAULT]",
                "ConnectionType=acceptor",
                "SocketAcceptAddress=" + host,
                "SocketAcceptPort=" + port,
                "NonStopSession=Y",
                "HeartBtInt=30",
                "UseDataDictionary=Y",
                "ResetOnLogon=Y",
                "ResetOnLogout=Y",
                "ResetOnDisconnect=Y",
                "[SESSION]",
                "AcceptorTemplate=Y",
                "BeginString=FIX.4.4",
                "SenderCompID=" + COMP_ID,
                "TargetCompID=" + DynamicAcceptorSessionProvider.WILDCARD,
                "");
        return new SessionSettings(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)));
    }

    /** Work for the gateway thread; after close there is none to do. */
    private void onGatewayThread(Runnable task) {
        try {
            gatewayThread.execute(task);
        } catch (RejectedExecutionException closed) {
            LOG.debug("FIX gateway closed; {} not processed", task);
        }
    }

    /** Logs every session out, stops listening and stops the gateway thread. */
    @Override
    public void close() {
        acceptor.stop();
        runner.removeListener(listener);
        gatewayThread.shutdown();
        try {
            if (!gatewayThread.awaitTermination(5, TimeUnit.SECONDS)) {
                gatewayThread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
