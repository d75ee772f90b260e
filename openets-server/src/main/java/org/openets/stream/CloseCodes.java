package org.openets.stream;

/**
 * Why a stream was closed. 4401 is an application code (RFC 6455 §7.4.2 leaves 4000–4999 to applications),
 * chosen to read like HTTP 401; the others are the standard codes. Every close carries a reason that starts
 * with the rule id, e.g. {@code STREAM-AUTH: ...}.
 */
final class CloseCodes {

    /** No credential, a malformed first message, or a credential the authenticator does not accept. */
    static final int UNAUTHENTICATED = 4401;
    /** An unknown symbol, a client that cannot keep up. */
    static final int POLICY_VIOLATION = 1008;
    /** The stream thread fell behind and messages were lost: reconnect for a fresh snapshot. */
    static final int TRY_AGAIN_LATER = 1013;
    /** The node is stopping. */
    static final int GOING_AWAY = 1001;

    private CloseCodes() {
    }

    /** A close reason fits in 123 bytes of UTF-8 (RFC 6455 §5.5); longer ones are cut. */
    static String reason(String rule, String text) {
        String reason = rule + ": " + text;
        while (reason.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 123) {
            reason = reason.substring(0, reason.length() - 1);
        }
        return reason;
    }
}
