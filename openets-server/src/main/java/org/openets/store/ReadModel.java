package org.openets.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The SQL read model: a pooled connection to H2 (a file under the data directory, the embedded default) or
 * PostgreSQL, migrated to the current schema when opened. Tables are written only by {@link Projector}.
 */
public final class ReadModel implements AutoCloseable {

    private static final int POOL_SIZE = 4;

    private final HikariDataSource dataSource;
    private final SqlDialect dialect;

    private ReadModel(HikariDataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /**
     * The embedded default: an H2 file database in {@code dataDir/db}, in PostgreSQL mode. The node closes it
     * itself after the follower has stopped, so H2's own close at JVM exit is turned off.
     */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:" + dataDir.toAbsolutePath().resolve("db").resolve("openets")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
    }

    public static ReadModel openDefault(Path dataDir) {
        return open(h2Url(dataDir), null, null);
    }

    /** Opens the database at {@code jdbcUrl} (credentials may be in the URL) and migrates it. */
    public static ReadModel open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    public static ReadModel open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("read-model");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            SqlDialect dialect;
            try (Connection connection = dataSource.getConnection()) {
                dialect = SqlDialect.of(connection);
            }
            return new ReadModel(dataSource, dialect);
        } catch (SQLException | RuntimeException e) {
            dataSource.close();
            throw new ReadModelException("cannot open the read model at " + redacted(jdbcUrl), e);
        }
    }

    /** A URL without its query string or H2 settings, where a password may sit. */
    static String redacted(String jdbcUrl) {
        int cut = jdbcUrl.length();
        for (char c : new char[] {'?', ';'}) {
            int at = jdbcUrl.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return jdbcUrl.substring(0, cut);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** The last journal sequence projected into the tables; 0 before the first. */
    public long projectedSequence() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT last_sequence FROM projection_position WHERE id = 1")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new ReadModelException("cannot read the projection position", e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
