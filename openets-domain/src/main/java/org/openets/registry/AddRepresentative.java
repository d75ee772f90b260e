package org.openets.registry;

import org.openets.core.Command;

/** Makes a registered actor (role REPRESENTATIVE or MEMBER) an authorised representative of the account; by the operator or a regulator. */
public record AddRepresentative(String accountId, String actorId) implements Command {
}
