package org.openets.runtime;

import java.util.ArrayList;
import java.util.List;

/** What the engine thread hands to the journal writer: decided commands and, at most, one snapshot. */
final class Batch {

    final List<Pending> pending = new ArrayList<>();
    byte[] snapshot;
    long snapshotSequence;
}
