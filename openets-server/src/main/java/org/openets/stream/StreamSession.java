package org.openets.stream;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.openets.security.Principal;

/**
 * One WebSocket client with its own bounded queue of outgoing messages and at most one message on the wire: a
 * client that does not read fills its own queue, never a thread, and is dropped when the queue is full.
 */
final class StreamSession {

    /** A close frame stuck behind unread data cannot be delivered; the connection is cut after this long. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private final String id;
    private final Session session;
    private final String symbol;
    private final int maxQueued;
    private final ScheduledExecutorService timers;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean closed;
    private boolean gone;
    private volatile Principal principal;
    /** The engine sequence of the depth snapshot; older messages are not sent. Stream thread only. */
    private long snapshotSequence = -1;

    StreamSession(String id, Session session, String symbol, int maxQueued, ScheduledExecutorService timers) {
        this.id = id;
        this.session = session;
        this.symbol = symbol;
        this.maxQueued = maxQueued;
        this.timers = timers;
    }

    String id() {
        return id;
    }

    /** The instrument of a public stream; null for a private one. */
    String symbol() {
        return symbol;
    }

    long snapshotSequence() {
        return snapshotSequence;
    }

    void snapshotAt(long sequence) {
        snapshotSequence = sequence;
    }

    Principal principal() {
        return principal;
    }

    void authenticated(Principal who) {
        principal = who;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Queues a message; a full queue drops the session. Never blocks. */
    void send(String text) {
        boolean overflowed;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (!sending) {
                sending = true;
                overflowed = false;
            } else if (queue.size() < maxQueued) {
                queue.add(text);
                return;
            } else {
                overflowed = true;
            }
        }
        if (overflowed) {
            close(CloseCodes.POLICY_VIOLATION, CloseCodes.reason("STREAM-SLOW-CONSUMER",
                    "more than " + maxQueued + " messages unread"));
        } else {
            write(text);
        }
    }

    private void write(String text) {
        try {
            session.sendText(text, Callback.from(this::sent, failure -> close(CloseCodes.POLICY_VIOLATION,
                    CloseCodes.reason("STREAM-SEND", "the message could not be sent"))));
        } catch (RuntimeException e) {
            close(CloseCodes.POLICY_VIOLATION, CloseCodes.reason("STREAM-SEND", "the message could not be sent"));
        }
    }

    private void sent() {
        String next;
        synchronized (this) {
            next = closed ? null : queue.poll();
            if (next == null) {
                sending = false;
                return;
            }
        }
        write(next);
    }

    /** Closes with a code and reason; nothing queued is sent any more. */
    void close(int code, String reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
        }
        // Outside the lock: Jetty may call back into this session from the close.
        try {
            session.close(code, reason, Callback.NOOP);
        } catch (RuntimeException e) {
            session.disconnect();
            return;
        }
        try {
            timers.schedule(() -> {
                if (!hasGone()) {
                    session.disconnect();
                }
            }, CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            session.disconnect();
        }
    }

    /** The connection has gone (closed by either side or failed): forget what was queued. */
    synchronized void gone() {
        gone = true;
        closed = true;
        queue.clear();
    }

    private synchronized boolean hasGone() {
        return gone;
    }
}
