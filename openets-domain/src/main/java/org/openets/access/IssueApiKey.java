package org.openets.access;

import org.openets.core.Command;

/**
 * Records an API key for a machine client of {@code userId}. The key itself is shown once to the caller and never
 * stored: the command carries only the SHA-256 of its secret part, in hex.
 */
public record IssueApiKey(String keyId, String userId, String label, String secretSha256)
        implements Command, CarriesSecret {

    @Override
    public Command redacted() {
        return new IssueApiKey(keyId, userId, label, REDACTED);
    }
}
