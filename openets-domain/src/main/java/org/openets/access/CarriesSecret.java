package org.openets.access;

import org.openets.core.Command;

/**
 * A command that carries a credential (a password hash, a TOTP secret, an API key hash). The journal keeps it, as
 * the system of record must; anything shown to people (the audit trail, the API) shows {@link #redacted()}.
 */
public interface CarriesSecret {

    String REDACTED = "[redacted]";

    /** The same command with every credential replaced by {@value #REDACTED}. */
    Command redacted();
}
