package org.openets.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Transfers as the read model holds them, finished ones included: the engine keeps only open transfers in
 * memory, so the history of a transfer is read here.
 */
public final class TransferHistory {

    private static final String COLUMNS = "transfer_id, from_account, to_account, unit, quantity_tonnes, state,"
            + " proposed_by, approved_by, execute_at_millis, cancelled_by, cancel_reason, proposed_sequence,"
            + " updated_sequence";

    private final ReadModel readModel;

    public TransferHistory(ReadModel readModel) {
        this.readModel = readModel;
    }

    public Optional<Map<String, Object>> find(String transferId) {
        List<Map<String, Object>> rows = query("SELECT " + COLUMNS + " FROM transfers WHERE transfer_id = ?",
                transferId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Transfers out of or into an account, newest first. */
    public List<Map<String, Object>> ofAccount(String accountId, int offset, int limit) {
        return query("SELECT " + COLUMNS + " FROM transfers WHERE from_account = ? OR to_account = ?"
                + " ORDER BY proposed_sequence DESC LIMIT " + limit + " OFFSET " + offset, accountId, accountId);
    }

    private List<Map<String, Object>> query(String sql, String... parameters) {
        try (Connection connection = readModel.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Map<String, Object>> list = new ArrayList<>();
                while (rows.next()) {
                    list.add(row(rows));
                }
                return list;
            }
        } catch (SQLException e) {
            throw new ReadModelException("cannot read transfers", e);
        }
    }

    private static Map<String, Object> row(ResultSet rows) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("transferId", rows.getString("transfer_id"));
        row.put("fromAccount", rows.getString("from_account"));
        row.put("toAccount", rows.getString("to_account"));
        row.put("unit", rows.getString("unit"));
        row.put("quantity", rows.getLong("quantity_tonnes"));
        row.put("state", rows.getString("state"));
        row.put("proposedBy", rows.getString("proposed_by"));
        row.put("approvedBy", rows.getString("approved_by"));
        long executeAt = rows.getLong("execute_at_millis");
        row.put("executeAtMillis", rows.wasNull() ? null : executeAt);
        row.put("cancelledBy", rows.getString("cancelled_by"));
        row.put("cancelReason", rows.getString("cancel_reason"));
        row.put("proposedSequence", rows.getLong("proposed_sequence"));
        row.put("updatedSequence", rows.getLong("updated_sequence"));
        return row;
    }
}
