package org.openets.imports;

import java.util.Map;

/**
 * One data row of a report file: its CSV line or sheet row number, its cells by column (stripped), and whether
 * every cell could be read (an unreadable row is reported already and not checked further).
 */
record SheetRow(int line, Map<Column, String> cells, boolean readable) {

    SheetRow(int line, Map<Column, String> cells) {
        this(line, cells, true);
    }

    /** The cell's text, empty when the column is missing or the cell blank. */
    String text(Column column) {
        String value = cells.get(column);
        return value == null ? "" : value;
    }
}
