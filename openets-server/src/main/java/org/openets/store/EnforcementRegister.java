package org.openets.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public enforcement register and the offset projects on record, read from the read model: violation fines
 * may name bodies and persons the engine lists nowhere, and the register keeps every decision in journal order.
 */
public final class EnforcementRegister {

    /** What an entry of the register records. */
    public enum Kind {
        /** A shortfall at a close, its fine range, deduction and the fine once imposed [REG24 Art 24]. */
        SHORTFALL,
        /** A violation fine [REG24 Art 21-23, 26]. */
        VIOLATION_FINE,
        /** Tonnes deducted from an allocation year by a decision. */
        DEDUCTION,
        /** A cut of an allocation year by a decision [REG24 Art 22]. */
        CUT
    }

    private final ReadModel readModel;

    public EnforcementRegister(ReadModel readModel) {
        this.readModel = readModel;
    }

    /**
     * Every entry concerning {@code year}, in the order decided: shortfalls and violation fines of that compliance
     * year, deductions and cuts of that allocation year (a shortfall of year Y is deducted from year Y + 1).
     */
    public List<Map<String, Object>> entries(int year) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Map<String, Object> row : query("SELECT entity_id, compliance_year, jurisdiction, obligation_tonnes,"
                + " surrendered_tonnes, shortfall_tonnes, window_price_fen, min_fine_fen, max_fine_fen,"
                + " deduction_tonnes, decision, fine_multiple, fine_fen, fined_by, assessed_sequence"
                + " FROM compliance_shortfalls WHERE compliance_year = ?", year)) {
            entries.add(entry(Kind.SHORTFALL, row, "entity_id", "assessed_sequence"));
        }
        for (Map<String, Object> row : query("SELECT party_id, compliance_year, violation, legal_basis, gains_fen,"
                + " confiscation_fen, fine_fen, allocation_cut_bps, decision, imposed_by, sequence"
                + " FROM violation_fines WHERE compliance_year = ?", year)) {
            entries.add(entry(Kind.VIOLATION_FINE, row, "party_id", "sequence"));
        }
        for (Map<String, Object> row : query("SELECT kind, entity_id, allocation_year, tonnes, basis_points, decision,"
                + " sequence FROM allocation_adjustments WHERE allocation_year = ?", year)) {
            Kind kind = Kind.valueOf((String) row.remove("kind"));
            if (kind == Kind.DEDUCTION) {
                row.remove("basisPoints");
            } else {
                row.remove("tonnes");
            }
            entries.add(entry(kind, row, "entity_id", "sequence"));
        }
        entries.sort(Comparator.comparingLong(e -> (Long) e.get("sequence")));
        return entries;
    }

    /** The offset projects on record, by project id. */
    public List<Map<String, Object>> offsetProjects() {
        return query("SELECT project_id, registered_on, host_entity_id, recorded_by, recorded_sequence"
                + " FROM offset_projects ORDER BY project_id");
    }

    /** Puts the kind first and names the party and the deciding sequence alike for every kind. */
    private static Map<String, Object> entry(Kind kind, Map<String, Object> row, String party, String sequence) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", kind);
        entry.put("partyId", row.remove(camel(party)));
        entry.put("sequence", row.remove(camel(sequence)));
        entry.putAll(row);
        return entry;
    }

    private List<Map<String, Object>> query(String sql, Object... parameters) {
        try (Connection connection = readModel.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlBatch.bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<Map<String, Object>> list = new ArrayList<>();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(camel(rows.getMetaData().getColumnLabel(i)), value(rows, i));
                    }
                    list.add(row);
                }
                return list;
            }
        } catch (SQLException e) {
            throw new ReadModelException("cannot read the enforcement register", e);
        }
    }

    /** Numbers as long (BIGINT and INTEGER alike), dates as ISO text, so both databases answer the same JSON. */
    private static Object value(ResultSet rows, int column) throws SQLException {
        Object value = rows.getObject(column);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.time.LocalDate date) {
            return date.toString();
        }
        return value;
    }

    private static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
