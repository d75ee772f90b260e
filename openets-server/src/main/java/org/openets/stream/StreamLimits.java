package org.openets.stream;

import java.time.Duration;

/**
 * The bounds of the WebSocket streams: how many depth levels a depth message carries, how many messages may wait
 * for one slow client before it is dropped, how many committed batches may wait for the stream thread, how long
 * a silent connection lives, how large an inbound message may be and how long a private stream waits for its
 * credential.
 */
public record StreamLimits(int depthLevels, int maxQueuedPerSession, int maxQueuedBatches, Duration idleTimeout,
                           long maxInboundBytes, Duration authTimeout) {

    public StreamLimits {
        if (depthLevels < 1 || maxQueuedPerSession < 1 || maxQueuedBatches < 1 || maxInboundBytes < 1) {
            throw new IllegalArgumentException("stream limits must be positive");
        }
    }

    public static StreamLimits defaults() {
        return new StreamLimits(10, 1_000, 4_096, Duration.ofMinutes(5), 4_096, Duration.ofSeconds(10));
    }

    public StreamLimits withMaxQueuedPerSession(int messages) {
        return new StreamLimits(depthLevels, messages, maxQueuedBatches, idleTimeout, maxInboundBytes, authTimeout);
    }

    public StreamLimits withAuthTimeout(Duration timeout) {
        return new StreamLimits(depthLevels, maxQueuedPerSession, maxQueuedBatches, idleTimeout, maxInboundBytes,
                timeout);
    }
}
