package org.openets.registry;

/**
 * Kinds of registry account. {@link #bit()} is the account type's stable bit in rule parameters that list
 * account types (such as {@code REG-FOUR-EYES-ACCOUNT-TYPES}); it never changes.
 */
public enum AccountType {
    ENTITY_HOLDING(0),
    MEMBER_TRADING(1),
    CLIENT(2),
    PROJECT_DEVELOPER(3),
    INCLUSION_OPERATOR(4),
    GOVERNMENT_ISSUANCE(5),
    AUCTION(6),
    RESERVE(7),
    FISCAL(8),
    /** Retirement and cancellation account. */
    RETIREMENT(9);

    private final int bit;

    AccountType(int bit) {
        this.bit = bit;
    }

    public int bit() {
        return bit;
    }

    public boolean isIn(long mask) {
        return (mask & (1L << bit)) != 0;
    }
}
