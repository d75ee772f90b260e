package org.openets.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.value.ValueJson;

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

    /**
     * A parameter placeholder for a JSON document bound as {@link #jsonDocument}: on H2 the document goes in as
     * a JSON value, which spares H2 parsing and re-encoding text the projector has just encoded itself.
     */
    public String jsonDocumentParameter() {
        return this == H2 ? "?" : "CAST(? AS JSONB)";
    }

    /**
     * A JSON document encoded by the projector's own encoder (always valid, compact JSON in UTF-8), as the value
     * to bind at {@link #jsonDocumentParameter}: an H2 JSON value as it stores one, or text for PostgreSQL.
     */
    public Object jsonDocument(byte[] utf8) {
        return this == H2 ? ValueJson.getInternal(utf8) : new String(utf8, StandardCharsets.UTF_8);
    }
}
