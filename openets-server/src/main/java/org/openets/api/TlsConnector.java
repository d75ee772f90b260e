package org.openets.api;

import io.javalin.config.JavalinConfig;
import io.javalin.config.JettyConfig;
import java.nio.file.Files;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The node's only listener when it has a key store: HTTPS, TLS 1.2 and 1.3, on the host and port it was given. */
final class TlsConnector {

    private TlsConnector() {
    }

    static void install(JavalinConfig config, TlsKeyStore keyStore) {
        if (!Files.isReadable(keyStore.file())) {
            throw new IllegalArgumentException("cannot read the TLS key store " + keyStore.file());
        }
        JettyConfig jetty = config.jetty;
        // Javalin adds its plain connector only when none is configured, so this one replaces it.
        jetty.addConnector((server, http) -> {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(keyStore.file());
            ssl.setKeyStoreType("PKCS12");
            ssl.setKeyStorePassword(keyStore.password());
            ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
            HttpConfiguration https = new HttpConfiguration(http);
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            // Clients reach a node by address as often as by name; the certificate, not the Host header, is the check.
            secure.setSniHostCheck(false);
            https.addCustomizer(secure);
            ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(https));
            connector.setHost(jetty.host);
            connector.setPort(jetty.port);
            return connector;
        });
    }
}
