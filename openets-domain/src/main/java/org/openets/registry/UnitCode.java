package org.openets.registry;

import org.openets.rulebook.Jurisdiction;

/**
 * A parsed unit code. The grammar, with {@code J} a jurisdiction code (two upper-case letters), {@code U} the
 * code of the unified-market authority, {@code YYYY} a vintage 2000–2099 and {@code P} a project id of 1 to 24
 * upper-case letters and digits:
 * <pre>
 *   JEA-YYYY                       allowance of jurisdiction J (SCEA, CQEA, ...)
 *   UEA-YYYY                       unified-market allowance (CYEA)
 *   CCER-YYYY-P                    CCER (issued through the unified-market authority, jurisdiction U)
 *   FSC-J-YYYY-P                   forestry sink credit, J not U
 *   ASC-J-YYYY-P                   agricultural sink credit
 *   ICC-J-YYYY-P                   inclusion credit
 * </pre>
 * Parsing checks the shape only; whether {@code J} is registered is the rulebook's to say. Serial numbers run
 * per unit code from 1, so a serial block names jurisdiction or project, type, vintage and range together.
 */
public record UnitCode(String code, UnitKind kind, String jurisdiction, int vintage, String project) {

    private static final int MAX_PROJECT_LENGTH = 24;

    /**
     * The parsed code, or null if {@code code} does not follow the grammar; {@code unifiedAuthority} is the code
     * of the unified-market authority.
     */
    public static UnitCode parse(String code, String unifiedAuthority) {
        if (code == null || code.length() > 64) {
            return null;
        }
        String[] parts = code.split("-", -1);
        switch (parts[0]) {
            case "CCER":
                return parts.length == 3 && unifiedAuthority != null
                        ? credit(code, UnitKind.CCER, unifiedAuthority, parts[1], parts[2]) : null;
            case "FSC":
                return regionalCredit(code, UnitKind.FORESTRY_SINK_CREDIT, parts, unifiedAuthority);
            case "ASC":
                return regionalCredit(code, UnitKind.AGRICULTURAL_SINK_CREDIT, parts, unifiedAuthority);
            case "ICC":
                return regionalCredit(code, UnitKind.INCLUSION_CREDIT, parts, unifiedAuthority);
            default:
                return allowance(code, parts, unifiedAuthority);
        }
    }

    private static UnitCode allowance(String code, String[] parts, String unifiedAuthority) {
        String prefix = parts[0];
        if (parts.length != 2 || prefix.length() != 4 || !prefix.endsWith("EA")) {
            return null;
        }
        String jurisdiction = prefix.substring(0, 2);
        int vintage = vintage(parts[1]);
        if (vintage < 0 || !Jurisdiction.isCode(jurisdiction)) {
            return null;
        }
        UnitKind kind = jurisdiction.equals(unifiedAuthority) ? UnitKind.UNIFIED_ALLOWANCE : UnitKind.ALLOWANCE;
        return new UnitCode(code, kind, jurisdiction, vintage, null);
    }

    private static UnitCode regionalCredit(String code, UnitKind kind, String[] parts, String unifiedAuthority) {
        if (parts.length != 4 || !Jurisdiction.isCode(parts[1]) || parts[1].equals(unifiedAuthority)) {
            return null;
        }
        return credit(code, kind, parts[1], parts[2], parts[3]);
    }

    private static UnitCode credit(String code, UnitKind kind, String jurisdiction, String year, String project) {
        int vintage = vintage(year);
        if (vintage < 0 || !isProject(project)) {
            return null;
        }
        return new UnitCode(code, kind, jurisdiction, vintage, project);
    }

    private static int vintage(String text) {
        if (text.length() != 4 || !text.startsWith("20")) {
            return -1;
        }
        for (int i = 2; i < 4; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(text);
    }

    private static boolean isProject(String text) {
        if (text.isEmpty() || text.length() > MAX_PROJECT_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
