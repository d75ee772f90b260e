package org.openets.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.openets.core.Event;
import org.openets.exchange.Depth;
import org.openets.exchange.Exchange;
import org.openets.exchange.OrderAccepted;
import org.openets.exchange.OrderAmended;
import org.openets.exchange.OrderCancelled;
import org.openets.exchange.Side;
import org.openets.exchange.TradeExecuted;
import org.openets.exchange.TradeKind;
import org.openets.exchange.TradingAccountView;
import org.openets.registry.AccountView;
import org.openets.registry.Registry;
import org.openets.runtime.Committed;
import org.openets.runtime.CommittedListener;
import org.openets.runtime.EngineRunner;
import org.openets.store.ExchangeHistory;
import org.openets.store.KlineInterval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streams' one thread. The journal writer hands it each durable batch and returns at once (a full queue
 * loses the batch, and every client is then closed so that none goes on with a gap); the thread turns batches
 * into messages for the subscribed sessions, in journal order. New subscriptions go through the same queue, so
 * a client's depth snapshot is never newer than the updates that follow it.
 *
 * <p>K-line messages wait until the read model has taken in the batch and are then read from it, so they are the
 * bars the REST route {@code /klines} returns.
 */
final class StreamDispatcher implements CommittedListener {

    private static final Logger LOG = LoggerFactory.getLogger(StreamDispatcher.class);
    private static final int MAX_PENDING_BARS = 10_000;

    private sealed interface Work permits Batch, Subscribe {
    }

    private record Batch(List<Committed> records) implements Work {
    }

    private record Subscribe(StreamSession session) implements Work {
    }

    /** The bars a batch's listed trades touched, to be read once the read model is at {@code sequence}. */
    private record PendingBars(long sequence, String symbol, Map<KlineInterval, Set<Long>> starts) {
    }

    private final EngineRunner runner;
    private final ExchangeHistory history;
    private final LongSupplier projectedSequence;
    private final StreamLimits limits;
    private final BlockingQueue<Work> work;
    private final AtomicBoolean lost = new AtomicBoolean();
    private final Map<String, Set<StreamSession>> bySymbol = new HashMap<>();
    private final Set<StreamSession> privateSessions = new LinkedHashSet<>();
    private final ArrayDeque<PendingBars> pendingBars = new ArrayDeque<>();
    private final Map<String, Long> depthSentAt = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    StreamDispatcher(EngineRunner runner, ExchangeHistory history, LongSupplier projectedSequence,
                     StreamLimits limits) {
        this.runner = runner;
        this.history = history;
        this.projectedSequence = projectedSequence;
        this.limits = limits;
        this.work = new ArrayBlockingQueue<>(limits.maxQueuedBatches());
        this.thread = new Thread(this::run, "openets-streams");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
        runner.addListener(this);
    }

    @Override
    public void committed(List<Committed> records) {
        if (!work.offer(new Batch(records))) {
            lost.set(true);
        }
    }

    /** False when the queue is full: the caller closes the session rather than wait. */
    boolean subscribe(StreamSession session) {
        return work.offer(new Subscribe(session));
    }

    void close() {
        runner.removeListener(this);
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!thread.isAlive()) {
            closeAll();
        }
    }

    private void run() {
        while (running) {
            try {
                Work next = work.poll(pendingBars.isEmpty() ? 200 : 20, TimeUnit.MILLISECONDS);
                if (lost.getAndSet(false)) {
                    dropEveryone();
                }
                if (next instanceof Subscribe subscribe) {
                    startStreaming(subscribe.session());
                } else if (next instanceof Batch batch) {
                    dispatch(batch.records());
                }
                sendSettledBars();
                forgetClosedSessions();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("stream dispatch failed; clients are closed and may reconnect", e);
                dropEveryone();
            }
        }
    }

    private void startStreaming(StreamSession session) throws InterruptedException {
        if (session.isClosed()) {
            return;
        }
        if (session.symbol() == null) {
            privateSessions.add(session);
            return;
        }
        String symbol = session.symbol();
        int levels = limits.depthLevels();
        Object[] answer = Engines.ask(runner, e -> new Object[] {e.context(Exchange.class).depth(symbol, levels),
                e.lastSequence()});
        session.snapshotAt((Long) answer[1]);
        session.send(StreamMessages.depth((Depth) answer[0], true, (Long) answer[1]));
        bySymbol.computeIfAbsent(symbol, s -> new LinkedHashSet<>()).add(session);
    }

    private void dispatch(List<Committed> records) throws InterruptedException {
        Set<String> touched = new TreeSet<>();
        Map<String, PendingBars> bars = new TreeMap<>();
        List<Committed> privateRecords = new ArrayList<>();
        for (Committed record : records) {
            boolean hasOrderEvents = false;
            for (Event event : record.events()) {
                String symbol = symbolOf(event);
                if (symbol == null) {
                    continue;
                }
                hasOrderEvents = true;
                touched.add(symbol);
                if (event instanceof TradeExecuted trade && isListed(trade) && bySymbol.containsKey(symbol)) {
                    broadcast(symbol, record.sequence(),
                            StreamMessages.trade(record.sequence(), record.timestampMillis(), trade));
                    PendingBars pending = bars.computeIfAbsent(symbol, s -> new PendingBars(0, s, new TreeMap<>()));
                    for (KlineInterval interval : KlineInterval.values()) {
                        pending.starts().computeIfAbsent(interval, i -> new TreeSet<>())
                                .add(interval.bucketStart(record.timestampMillis()));
                    }
                }
            }
            if (hasOrderEvents) {
                privateRecords.add(record);
            }
        }
        long last = records.get(records.size() - 1).sequence();
        sendDepth(touched);
        bars.values().forEach(pending -> queueBars(new PendingBars(last, pending.symbol(), pending.starts())));
        if (!privateRecords.isEmpty() && !privateSessions.isEmpty()) {
            sendPrivate(privateRecords);
        }
    }

    /** Block and one-way trades are published after their session, as the REST trade list does. */
    private static boolean isListed(TradeExecuted trade) {
        return trade.kind() == TradeKind.CONTINUOUS || trade.kind() == TradeKind.CALL_AUCTION;
    }

    private static String symbolOf(Event event) {
        if (event instanceof TradeExecuted e) {
            return e.symbol();
        } else if (event instanceof OrderAccepted e) {
            return e.symbol();
        } else if (event instanceof OrderAmended e) {
            return e.symbol();
        } else if (event instanceof OrderCancelled e) {
            return e.symbol();
        }
        return null;
    }

    /**
     * The book as the engine has it now, numbered with the engine's sequence: it may already include batches
     * still queued here, whose turn then sends nothing new.
     */
    private void sendDepth(Set<String> touched) throws InterruptedException {
        List<String> watched = touched.stream().filter(bySymbol::containsKey).toList();
        if (watched.isEmpty()) {
            return;
        }
        int levels = limits.depthLevels();
        Object[] answer = Engines.ask(runner, e -> new Object[] {watched.stream()
                .map(symbol -> e.context(Exchange.class).depth(symbol, levels)).toList(), e.lastSequence()});
        long sequence = (Long) answer[1];
        @SuppressWarnings("unchecked")
        List<Depth> depths = (List<Depth>) answer[0];
        for (Depth depth : depths) {
            Long sent = depthSentAt.get(depth == null ? null : depth.symbol());
            if (depth != null && (sent == null || sent < sequence)) {
                depthSentAt.put(depth.symbol(), sequence);
                broadcast(depth.symbol(), sequence, StreamMessages.depth(depth, false, sequence));
            }
        }
    }

    private void queueBars(PendingBars pending) {
        if (pendingBars.size() >= MAX_PENDING_BARS) {
            PendingBars dropped = pendingBars.poll();
            LOG.warn("the read model is behind; K-line update of {} at sequence {} dropped", dropped.symbol(),
                    dropped.sequence());
        }
        pendingBars.add(pending);
    }

    private void sendSettledBars() {
        long projected = projectedSequence.getAsLong();
        while (!pendingBars.isEmpty() && pendingBars.peek().sequence() <= projected) {
            PendingBars pending = pendingBars.poll();
            if (!bySymbol.containsKey(pending.symbol())) {
                continue;
            }
            pending.starts().forEach((interval, starts) -> {
                for (long start : starts) {
                    for (ExchangeHistory.Kline bar : history.klines(pending.symbol(), interval, start, start + 1, 0,
                            1)) {
                        broadcastAnyway(pending.symbol(), StreamMessages.kline(pending.sequence(), bar));
                    }
                }
            });
        }
    }

    private void sendPrivate(List<Committed> records) throws InterruptedException {
        Set<String> accounts = new TreeSet<>();
        for (Committed record : records) {
            for (Event event : record.events()) {
                accounts.addAll(accountsOf(event));
            }
        }
        Map<String, Set<String>> actorsByAccount = Engines.ask(runner, e -> actorsOf(e.context(Exchange.class),
                e.context(Registry.class), accounts, records.get(records.size() - 1).timestampMillis()));
        for (Committed record : records) {
            for (Event event : record.events()) {
                if (event instanceof TradeExecuted trade) {
                    tell(actorsByAccount.get(trade.buyAccount()), StreamMessages.execution(record.sequence(),
                            record.timestampMillis(), trade, Side.BUY));
                    tell(actorsByAccount.get(trade.sellAccount()), StreamMessages.execution(record.sequence(),
                            record.timestampMillis(), trade, Side.SELL));
                } else if (symbolOf(event) != null) {
                    tell(actorsByAccount.get(accountsOf(event).get(0)),
                            StreamMessages.order(record.sequence(), record.timestampMillis(), event));
                }
            }
        }
    }

    private static List<String> accountsOf(Event event) {
        if (event instanceof TradeExecuted e) {
            return List.of(e.buyAccount(), e.sellAccount());
        } else if (event instanceof OrderAccepted e) {
            return List.of(e.accountId());
        } else if (event instanceof OrderAmended e) {
            return List.of(e.accountId());
        } else if (event instanceof OrderCancelled e) {
            return List.of(e.accountId());
        }
        return List.of();
    }

    /**
     * Who may see an account's orders: the member of the trading account and the representatives of the registry
     * account of the same id. Runs on the engine thread.
     */
    private static Map<String, Set<String>> actorsOf(Exchange exchange, Registry registry, Set<String> accounts,
                                                     long nowMillis) {
        Map<String, Set<String>> actors = new LinkedHashMap<>();
        for (String account : accounts) {
            Set<String> allowed = new HashSet<>();
            TradingAccountView trading = exchange.tradingAccount(account, nowMillis);
            if (trading != null) {
                allowed.add(trading.memberId());
            }
            AccountView registered = registry.account(account);
            if (registered != null) {
                allowed.addAll(registered.representatives());
            }
            actors.put(account, allowed);
        }
        return actors;
    }

    private void tell(Set<String> actors, String message) {
        if (actors == null || actors.isEmpty()) {
            return;
        }
        for (StreamSession session : privateSessions) {
            if (actors.contains(session.principal().actorId())) {
                session.send(message);
            }
        }
    }

    /** To the symbol's sessions whose snapshot is older than {@code sequence}: the others have it already. */
    private void broadcast(String symbol, long sequence, String message) {
        Set<StreamSession> sessions = bySymbol.get(symbol);
        if (sessions != null) {
            sessions.stream().filter(session -> session.snapshotSequence() < sequence)
                    .forEach(session -> session.send(message));
        }
    }

    /** A K-line bar is read whole when sent, so no session has a newer one. */
    private void broadcastAnyway(String symbol, String message) {
        Set<StreamSession> sessions = bySymbol.get(symbol);
        if (sessions != null) {
            sessions.forEach(session -> session.send(message));
        }
    }

    private void forgetClosedSessions() {
        privateSessions.removeIf(StreamSession::isClosed);
        bySymbol.values().forEach(sessions -> sessions.removeIf(StreamSession::isClosed));
        bySymbol.values().removeIf(Set::isEmpty);
    }

    /** Messages were lost: no client may go on with a gap, so each is told to reconnect for a fresh snapshot. */
    private void dropEveryone() {
        String reason = CloseCodes.reason("STREAM-BEHIND", "the stream fell behind; reconnect");
        privateSessions.forEach(session -> session.close(CloseCodes.TRY_AGAIN_LATER, reason));
        bySymbol.values().forEach(sessions -> sessions.forEach(s -> s.close(CloseCodes.TRY_AGAIN_LATER, reason)));
        privateSessions.clear();
        bySymbol.clear();
        pendingBars.clear();
    }

    /** Every subscribed client is told the node is going away; only once the thread has stopped. */
    private void closeAll() {
        String reason = CloseCodes.reason("STREAM-STOPPING", "the node is stopping");
        privateSessions.forEach(session -> session.close(CloseCodes.GOING_AWAY, reason));
        bySymbol.values().forEach(sessions -> sessions.forEach(s -> s.close(CloseCodes.GOING_AWAY, reason)));
    }
}
