package org.openets.core;

/**
 * A command as a gateway hands it over: who sent it, from where, and the client's idempotency key.
 * The key is scoped by actor, so two users cannot collide; a retried command with the same key gets
 * the first reply and is never applied twice.
 */
public record Envelope(String idempotencyKey, String actorId, String clientAddress, Command command) {

    public String scopedKey() {
        return actorId + '\u0000' + idempotencyKey;
    }
}
