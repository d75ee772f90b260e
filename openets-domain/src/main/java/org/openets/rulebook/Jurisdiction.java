package org.openets.rulebook;

/**
 * A registered jurisdiction of the market (辖区): its two-letter code, its name, and whether it is the
 * unified-market authority, whose regulators act for every jurisdiction. Genesis registers Sichuan/Chengdu
 * ({@code SC}), Chongqing ({@code CQ}) and the unified-market authority ({@code CY}); a deployment registers
 * more with {@link RegisterJurisdiction}. Commands, events and accounts name a jurisdiction by its code.
 */
public record Jurisdiction(String code, String name, boolean unifiedAuthority) {

    /** Whether {@code code} has the shape of a jurisdiction code: two upper-case ASCII letters. */
    public static boolean isCode(String code) {
        return code != null && code.length() == 2 && isUpper(code.charAt(0)) && isUpper(code.charAt(1));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Whether a regulator of this jurisdiction may act on something belonging to jurisdiction {@code other}. */
    public boolean covers(String other) {
        return unifiedAuthority || code.equals(other);
    }
}
