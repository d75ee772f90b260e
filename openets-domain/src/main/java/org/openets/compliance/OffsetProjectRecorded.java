package org.openets.compliance;

import org.openets.core.Event;

/** An offset project on record for surrender checks; {@code hostEntityId} is empty when no covered entity hosts it. */
public record OffsetProjectRecorded(String projectId, long registeredOnEpochDay, String hostEntityId,
                                    String recordedBy) implements Event {

    public boolean hostedByEntity() {
        return !hostEntityId.isEmpty();
    }
}
