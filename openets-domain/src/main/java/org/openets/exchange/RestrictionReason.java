package org.openets.exchange;

/** Why a holder may not trade on the regional market. */
public enum RestrictionReason {
    /** Staff of a regulator, the registry, the exchange or a verifier (REG24 Art 7). */
    STAFF,
    /** A key emitter on the national list, which leaves the regional market (DOMAIN §1; MEE19 Art 8). */
    KEY_EMITTER
}
