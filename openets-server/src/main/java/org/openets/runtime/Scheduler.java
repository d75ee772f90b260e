package org.openets.runtime;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Makes scheduled things happen on time: every interval it asks the engine thread to apply a tick if
 * something (a delayed transfer, a trusted-list addition) has fallen due. Nothing is journaled when nothing
 * is due.
 */
public final class Scheduler implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "openets-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    public Scheduler(EngineRunner runner, long intervalMillis) {
        timer.scheduleWithFixedDelay(runner::tickIfDue, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
