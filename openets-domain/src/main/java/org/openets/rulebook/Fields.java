package org.openets.rulebook;

/**
 * Shape checks shared by every context's command validation. Ids are 1 to 64 characters of letters, digits
 * and {@code . _ : -}; free texts (names, reasons) are 1 to 256 characters and not blank.
 */
public final class Fields {

    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_TEXT_LENGTH = 256;

    private Fields() {
    }

    public static boolean isId(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_ID_LENGTH) {
            return false;
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static boolean isText(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_TEXT_LENGTH;
    }
}
