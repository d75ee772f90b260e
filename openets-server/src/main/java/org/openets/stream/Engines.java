package org.openets.stream;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.openets.engine.Engine;
import org.openets.runtime.EngineRunner;

/** A read of engine state on the engine thread, waited for a bounded time. */
final class Engines {

    private static final long TIMEOUT_SECONDS = 5;

    private Engines() {
    }

    static <T> T ask(EngineRunner runner, Function<Engine, T> query) throws InterruptedException {
        try {
            return runner.query(query).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the engine query failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the engine did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
