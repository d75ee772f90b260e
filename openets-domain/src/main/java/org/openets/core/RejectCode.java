package org.openets.core;

/**
 * A numbered rejection reason. Each bounded context owns a range, so the number alone tells who refused:
 * 1000–1099 envelope and engine, 1100–1199 rulebook, 2000–2999 registry, 3000–3999 exchange,
 * 4000–4999 clearing, 5000–5999 MRV, allocation and compliance. Contexts declare their codes as constants.
 */
public record RejectCode(int number, String name) {

    public static final RejectCode INVALID_FIELD = new RejectCode(1001, "INVALID_FIELD");
    public static final RejectCode NOT_AUTHORISED = new RejectCode(1002, "NOT_AUTHORISED");
    public static final RejectCode IDEMPOTENCY_KEY_REUSED = new RejectCode(1003, "IDEMPOTENCY_KEY_REUSED");
    public static final RejectCode UNKNOWN_COMMAND = new RejectCode(1004, "UNKNOWN_COMMAND");
    public static final RejectCode ARITHMETIC_OVERFLOW = new RejectCode(1005, "ARITHMETIC_OVERFLOW");

    @Override
    public String toString() {
        return number + " " + name;
    }
}
