package org.openets.runtime;

import java.util.List;

/**
 * Told of every accepted command once it is durable, in sequence order, before the waiting replies complete:
 * how gateways learn what other clients' commands did to their users' orders.
 *
 * <p>It runs on the journal writer thread, which waits for it before the next write: a listener hands its work
 * to a thread of its own and returns.
 */
@FunctionalInterface
public interface CommittedListener {

    /** One durable write's accepted commands, in sequence order; the list is the listener's to keep. */
    void committed(List<Committed> records);
}
