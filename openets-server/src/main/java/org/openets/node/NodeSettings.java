package org.openets.node;

import java.nio.file.Path;
import org.openets.api.HttpLimits;
import org.openets.api.TlsKeyStore;
import org.openets.store.ReadModel;

/**
 * Where a node keeps its data and how it listens.
 *
 * @param dataDir       journal, snapshots and (by default) the H2 read model live under it
 * @param host          HTTP listen address
 * @param port          HTTP port; 0 picks a free one
 * @param jdbcUrl       read model database; {@code null} for the H2 file database under {@code dataDir}
 * @param snapshotEvery snapshot the engine every this many records
 * @param kafka         the journal's Kafka topic for scale-out; {@code null} for the file journal under
 *                      {@code dataDir} (snapshots stay in {@code dataDir} either way)
 * @param fix           the FIX 4.4 acceptor for exchange members on {@code host}; {@code null} for none
 * @param rates         HTTP requests a second per credential or address; {@code null} for
 *                      {@link HttpLimits.Rates#DEFAULTS}, {@link HttpLimits.Rates#OFF} for none
 * @param tls           the key store to serve HTTPS with (and only HTTPS); {@code null} for plain HTTP
 */
public record NodeSettings(Path dataDir, String host, int port, String jdbcUrl, long snapshotEvery, KafkaTopic kafka,
                           FixAcceptor fix, HttpLimits.Rates rates, TlsKeyStore tls) {

    /** A Kafka journal: bootstrap servers and a topic created beforehand with one partition. */
    public record KafkaTopic(String bootstrapServers, String topic) {
    }

    /** The FIX acceptor's port (0 for any free one) and the file of members' password hashes. */
    public record FixAcceptor(int port, Path credentials) {
    }

    public NodeSettings(Path dataDir, String host, int port, String jdbcUrl, long snapshotEvery, KafkaTopic kafka,
                        FixAcceptor fix) {
        this(dataDir, host, port, jdbcUrl, snapshotEvery, kafka, fix, null, null);
    }

    public NodeSettings(Path dataDir, String host, int port, String jdbcUrl, long snapshotEvery, KafkaTopic kafka) {
        this(dataDir, host, port, jdbcUrl, snapshotEvery, kafka, null);
    }

    public NodeSettings(Path dataDir, String host, int port, String jdbcUrl, long snapshotEvery) {
        this(dataDir, host, port, jdbcUrl, snapshotEvery, null);
    }

    public NodeSettings withRates(HttpLimits.Rates newRates) {
        return new NodeSettings(dataDir, host, port, jdbcUrl, snapshotEvery, kafka, fix, newRates, tls);
    }

    public NodeSettings withTls(TlsKeyStore keyStore) {
        return new NodeSettings(dataDir, host, port, jdbcUrl, snapshotEvery, kafka, fix, rates, keyStore);
    }

    public String effectiveJdbcUrl() {
        return jdbcUrl != null ? jdbcUrl : ReadModel.h2Url(dataDir);
    }
}
