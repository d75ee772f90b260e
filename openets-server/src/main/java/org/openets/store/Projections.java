package org.openets.store;

import java.util.ArrayList;
import java.util.List;
import org.openets.core.RecordCodec;
import org.openets.engine.StandardEngine;

/** The projector a node runs: every projection of every context into the read model. */
public final class Projections {

    private Projections() {
    }

    /** A projector for the journal of the standard engine. */
    public static Projector standardProjector(ReadModel readModel) {
        return projector(readModel, StandardEngine.create().codec());
    }

    public static Projector projector(ReadModel readModel, RecordCodec codec) {
        List<EventProjection<?>> perEvent = new ArrayList<>(RegistryProjections.all());
        perEvent.addAll(ExchangeProjections.all());
        perEvent.addAll(ComplianceProjections.all());
        return new Projector(readModel, codec, perEvent, ExchangeProjections.folded());
    }
}
