package org.openets.registry;

import org.openets.rulebook.Jurisdiction;

/**
 * A parsed unit code. The grammar, with {@code YYYY} a vintage 2000–2099 and {@code P} a project id of 1 to 24
 * upper-case letters and digits:
 * <pre>
 *   SCEA-YYYY | CQEA-YYYY          allowance of Sichuan or Chongqing
 *   CYEA-YYYY                      unified-market allowance
 *   CCER-YYYY-P                    CCER (issued through the unified-market authority, jurisdiction CY)
 *   FSC-J-YYYY-P                   forestry sink credit, J = SC | CQ
 *   ASC-J-YYYY-P                   agricultural sink credit
 *   ICC-J-YYYY-P                   inclusion credit
 * </pre>
 * Serial numbers run per unit code from 1, so a serial block names jurisdiction or project, type, vintage and
 * range together.
 */
public record UnitCode(String code, UnitKind kind, Jurisdiction jurisdiction, int vintage, String project) {

    private static final int MAX_PROJECT_LENGTH = 24;

    /** The parsed code, or null if {@code code} does not follow the grammar. */
    public static UnitCode parse(String code) {
        if (code == null || code.length() > 64) {
            return null;
        }
        String[] parts = code.split("-", -1);
        switch (parts[0]) {
            case "SCEA":
            case "CQEA":
            case "CYEA":
                return allowance(code, parts);
            case "CCER":
                return parts.length == 3 ? credit(code, UnitKind.CCER, Jurisdiction.CY, parts[1], parts[2]) : null;
            case "FSC":
                return regionalCredit(code, UnitKind.FORESTRY_SINK_CREDIT, parts);
            case "ASC":
                return regionalCredit(code, UnitKind.AGRICULTURAL_SINK_CREDIT, parts);
            case "ICC":
                return regionalCredit(code, UnitKind.INCLUSION_CREDIT, parts);
            default:
                return null;
        }
    }

    private static UnitCode allowance(String code, String[] parts) {
        int vintage = parts.length == 2 ? vintage(parts[1]) : -1;
        if (vintage < 0) {
            return null;
        }
        Jurisdiction jurisdiction = Jurisdiction.valueOf(parts[0].substring(0, 2));
        UnitKind kind = jurisdiction == Jurisdiction.CY ? UnitKind.UNIFIED_ALLOWANCE : UnitKind.ALLOWANCE;
        return new UnitCode(code, kind, jurisdiction, vintage, null);
    }

    private static UnitCode regionalCredit(String code, UnitKind kind, String[] parts) {
        if (parts.length != 4 || !(parts[1].equals("SC") || parts[1].equals("CQ"))) {
            return null;
        }
        return credit(code, kind, Jurisdiction.valueOf(parts[1]), parts[2], parts[3]);
    }

    private static UnitCode credit(String code, UnitKind kind, Jurisdiction jurisdiction, String year, String project) {
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
