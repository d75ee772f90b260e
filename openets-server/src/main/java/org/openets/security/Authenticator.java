package org.openets.security;

import java.util.Optional;

/** Turns a bearer credential (an access token or an API key) into the principal it stands for. */
@FunctionalInterface
public interface Authenticator {

    /** The principal of a valid, unexpired, unrevoked credential; empty for anything else. */
    Optional<Principal> authenticate(String bearer);
}
