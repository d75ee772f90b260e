package org.openets.access;

public record ApiKeyView(String keyId, String userId, String label, String secretSha256, boolean revoked,
                         long issuedAtMillis) {
}
