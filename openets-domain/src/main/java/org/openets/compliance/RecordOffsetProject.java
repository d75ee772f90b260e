package org.openets.compliance;

import org.openets.core.Command;

/**
 * Records an offset project whose credits may be surrendered: its registration date and the covered entity hosting
 * it, if any (null or empty when none). {@code projectId} is the credits' unit code without its vintage, so that
 * every vintage of a project shares one record: {@code CCER-P1} for {@code CCER-2024-P1}, {@code FSC-SC-P7} for
 * {@code FSC-SC-2025-P7}. CCER projects are recorded by the unified-market authority, regional sink credits by a
 * regulator of their jurisdiction. Credits of a project not recorded are not eligible.
 */
public record RecordOffsetProject(String projectId, long registeredOnEpochDay, String hostEntityId)
        implements Command {
}
