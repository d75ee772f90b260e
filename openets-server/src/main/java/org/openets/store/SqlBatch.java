package org.openets.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/**
 * The statements of one projection batch, sent with JDBC batching. Runs of the same SQL go to the database
 * together; when the SQL changes, the previous run is sent first, so statements take effect in the order they
 * were added (an insert before the update that follows it).
 */
public final class SqlBatch implements AutoCloseable {

    private final Connection connection;
    private final SqlDialect dialect;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private PreparedStatement pending;

    SqlBatch(Connection connection, SqlDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** Adds one execution of {@code sql}; enums are written by name, {@code null} as SQL NULL. */
    public void add(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        if (statement != pending) {
            flush();
        }
        bind(statement, parameters);
        statement.addBatch();
        pending = statement;
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** Sends what is pending. */
    public void flush() throws SQLException {
        if (pending != null) {
            pending.executeBatch();
            pending = null;
        }
    }

    @Override
    public void close() throws SQLException {
        pending = null;
        SQLException failure = null;
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
