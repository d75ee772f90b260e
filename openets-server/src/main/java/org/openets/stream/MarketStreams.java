package org.openets.stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.eclipse.jetty.websocket.api.Session;
import org.openets.api.Json;
import org.openets.exchange.Exchange;
import org.openets.runtime.EngineRunner;
import org.openets.security.Authenticator;
import org.openets.security.Principal;
import org.openets.store.ExchangeHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket streams. {@value #INSTRUMENT_STREAM} is public: a depth snapshot on connect, then each listed
 * trade, the new top levels after every durable batch that changed the book, and each K-line bar a batch
 * changed. {@value #ORDER_STREAM} is private: after a bearer credential (the upgrade request's
 * {@code Authorization} header, or a first message {@code {"type":"auth","token":"..."}}, since browsers cannot
 * set headers on a WebSocket) it carries the caller's own order events and executions, and nobody else's.
 */
public final class MarketStreams {

    public static final String INSTRUMENT_STREAM = "/api/v1/stream/instruments/{symbol}";
    public static final String ORDER_STREAM = "/api/v1/stream/orders";

    private static final Logger LOG = LoggerFactory.getLogger(MarketStreams.class);
    private static final String BEARER = "bearer ";

    private final EngineRunner runner;
    private final Authenticator authenticator;
    private final StreamLimits limits;
    private final StreamDispatcher dispatcher;
    private final Map<String, StreamSession> sessions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "openets-stream-timers");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param projectedSequence how far the read model has taken in the journal (K-lines wait for it)
     * @param authenticator     checks the private stream's bearer credential
     */
    public MarketStreams(EngineRunner runner, ExchangeHistory history, LongSupplier projectedSequence,
                         Authenticator authenticator) {
        this(runner, history, projectedSequence, authenticator, StreamLimits.defaults());
    }

    public MarketStreams(EngineRunner runner, ExchangeHistory history, LongSupplier projectedSequence,
                         Authenticator authenticator, StreamLimits limits) {
        this.runner = runner;
        this.authenticator = authenticator;
        this.limits = limits;
        this.dispatcher = new StreamDispatcher(runner, history, projectedSequence, limits);
    }

    /** Registers both streams, starts following the journal, and stops when the server stops. */
    public void routes(JavalinConfig config) {
        config.routes.ws(INSTRUMENT_STREAM, ws -> {
            ws.onConnect(this::openInstrument);
            ws.onClose(this::forget);
            ws.onError(this::forget);
        });
        config.routes.ws(ORDER_STREAM, ws -> {
            ws.onConnect(this::openOrders);
            ws.onMessage(this::authMessage);
            ws.onClose(this::forget);
            ws.onError(this::forget);
        });
        config.events.serverStopping(this::close);
        dispatcher.start();
    }

    private StreamSession open(WsContext ctx, String symbol) {
        Session session = ctx.session;
        session.setIdleTimeout(limits.idleTimeout());
        session.setMaxTextMessageSize(limits.maxInboundBytes());
        session.setMaxBinaryMessageSize(limits.maxInboundBytes());
        StreamSession stream = new StreamSession(ctx.sessionId(), session, symbol, limits.maxQueuedPerSession(),
                timers);
        sessions.put(ctx.sessionId(), stream);
        // A quiet market sends nothing for long stretches; pings keep a live client's connection open.
        ctx.enableAutomaticPings(limits.idleTimeout().toMillis() / 3, TimeUnit.MILLISECONDS);
        return stream;
    }

    private void openInstrument(WsContext ctx) throws InterruptedException {
        String symbol = ctx.pathParam("symbol");
        StreamSession stream = open(ctx, symbol);
        boolean listed = Engines.ask(runner, e -> e.context(Exchange.class).depth(symbol, 1) != null);
        if (!listed) {
            stream.close(CloseCodes.POLICY_VIOLATION, CloseCodes.reason("STREAM-SYMBOL",
                    "no such instrument: " + symbol));
        } else {
            subscribe(stream);
        }
    }

    private void openOrders(WsContext ctx) {
        StreamSession stream = open(ctx, null);
        String header = ctx.header("Authorization");
        if (header != null) {
            boolean bearer = header.regionMatches(true, 0, BEARER, 0, BEARER.length());
            admit(stream, bearer ? header.substring(BEARER.length()).trim() : null);
            return;
        }
        try {
            timers.schedule(() -> {
                if (stream.principal() == null) {
                    stream.close(CloseCodes.UNAUTHENTICATED, CloseCodes.reason("STREAM-AUTH",
                            "no credential within " + limits.authTimeout().toSeconds() + " s"));
                }
            }, limits.authTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            stream.close(CloseCodes.GOING_AWAY, CloseCodes.reason("STREAM-STOPPING", "the node is stopping"));
        }
    }

    /** Only the first message of a private stream means anything: the credential. Later ones are ignored. */
    private void authMessage(WsMessageContext ctx) {
        StreamSession stream = sessions.get(ctx.sessionId());
        if (stream == null || stream.principal() != null) {
            return;
        }
        admit(stream, tokenOf(ctx.message()));
    }

    private static String tokenOf(String message) {
        try {
            JsonNode node = Json.MAPPER.readTree(message);
            if (node != null && node.size() == 2 && "auth".equals(node.path("type").asText(null))
                    && node.path("token").isTextual()) {
                return node.get("token").asText();
            }
        } catch (IOException malformed) {
            // not JSON: refused below like any other first message that is not a credential
        }
        return null;
    }

    private void admit(StreamSession stream, String bearer) {
        Optional<Principal> principal = Optional.empty();
        if (bearer != null && !bearer.isEmpty()) {
            try {
                principal = authenticator.authenticate(bearer);
            } catch (RuntimeException e) {
                LOG.warn("the authenticator failed; the stream is refused", e);
            }
        }
        if (principal.isEmpty() || principal.get().actorId() == null) {
            stream.close(CloseCodes.UNAUTHENTICATED, CloseCodes.reason("STREAM-AUTH", bearer == null
                    ? "send a bearer credential: Authorization header or {\"type\":\"auth\",\"token\":\"...\"}"
                    : "the credential is not accepted"));
            return;
        }
        stream.authenticated(principal.get());
        stream.send(StreamMessages.authenticated(principal.get().actorId()));
        subscribe(stream);
    }

    private void subscribe(StreamSession stream) {
        if (!dispatcher.subscribe(stream)) {
            stream.close(CloseCodes.TRY_AGAIN_LATER, CloseCodes.reason("STREAM-BUSY", "too many waiting; retry"));
        }
    }

    private void forget(WsContext ctx) {
        StreamSession stream = sessions.remove(ctx.sessionId());
        if (stream != null) {
            stream.gone();
        }
    }

    /** How many clients are connected, subscribed or not. */
    int connectedClients() {
        return sessions.size();
    }

    private void close() {
        dispatcher.close();
        timers.shutdownNow();
    }
}
