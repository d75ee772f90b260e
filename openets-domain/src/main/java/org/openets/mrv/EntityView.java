package org.openets.mrv;

import java.util.List;

/** A reporting entity and its installations in registration order. */
public record EntityView(EntityRegistered entity, List<InstallationRegistered> installations) {
}
