package org.openets.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The few places where H2 and PostgreSQL need different SQL. Everything else, migrations included, is written
 * once in the subset both accept.
 */
public enum SqlDialect {
    H2,
    POSTGRESQL;

    static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if ("H2".equalsIgnoreCase(product)) {
            return H2;
        }
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return POSTGRESQL;
        }
        throw new SQLException("unsupported read-model database: " + product);
    }

    /**
     * A parameter placeholder for a JSON document passed as text. H2 turns a plain string into a JSON string
     * value unless told the text is JSON; PostgreSQL needs the cast.
     */
    public String jsonParameter() {
        return this == H2 ? "? FORMAT JSON" : "CAST(? AS JSONB)";
    }
}
