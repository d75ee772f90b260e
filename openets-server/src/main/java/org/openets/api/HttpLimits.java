package org.openets.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openets.imports.ReportImportRoute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every HTTP request meets before its route: per-key rate limits, body size limits and security headers;
 * and what every failure becomes: a problem document, never a server's HTML page or a stack trace. With a key
 * store the node listens with TLS 1.2/1.3 only and sends HSTS.
 */
public final class HttpLimits {

    private static final Logger LOG = LoggerFactory.getLogger(HttpLimits.class);
    /** Distinct credentials and addresses remembered at once; idle ones are evicted past this. */
    static final int MAX_KEYS = 100_000;
    static final String RATE_RULE = "API-RATE-LIMIT";
    /**
     * An unread body up to this size is read off after the answer, so that a refused request's client gets its
     * answer (twice the largest file taken: a client that sent a bit too much is told so); larger ones are cut.
     */
    static final long MAX_DRAINED_BYTES = 2L * ReportImportRoute.MAX_FILE_BYTES;

    /**
     * Requests a second and burst per key, for reads (GET, HEAD, OPTIONS) and for writes; a rate of 0 leaves
     * that kind unlimited. The defaults are far above what a person or a member's trading program sends and
     * stop only a client gone wild: 1000 reads a second (burst 2000) and 200 writes a second (burst 400).
     */
    public record Rates(double readsPerSecond, int readBurst, double writesPerSecond, int writeBurst) {

        public static final Rates DEFAULTS = new Rates(1000, 2000, 200, 400);
        public static final Rates OFF = new Rates(0, 0, 0, 0);

        public Rates {
            if (readsPerSecond < 0 || writesPerSecond < 0 || (readsPerSecond > 0 && readBurst < 1)
                    || (writesPerSecond > 0 && writeBurst < 1)) {
                throw new IllegalArgumentException("rates must be 0 (unlimited) or positive with a burst of at"
                        + " least 1");
            }
        }
    }

    private final TokenBuckets reads;
    private final TokenBuckets writes;
    private final TlsKeyStore tls;
    private final String contentSecurityPolicy;

    public HttpLimits(Rates rates, TlsKeyStore tls) {
        this(rates, tls, System::nanoTime);
    }

    HttpLimits(Rates rates, TlsKeyStore tls, LongSupplier nanoTime) {
        Rates r = rates == null ? Rates.DEFAULTS : rates;
        this.reads = r.readsPerSecond() == 0 ? null
                : new TokenBuckets(r.readsPerSecond(), r.readBurst(), MAX_KEYS, nanoTime);
        this.writes = r.writesPerSecond() == 0 ? null
                : new TokenBuckets(r.writesPerSecond(), r.writeBurst(), MAX_KEYS, nanoTime);
        this.tls = tls;
        this.contentSecurityPolicy = contentSecurityPolicy();
    }

    public void install(JavalinConfig config) {
        config.http.prefer405over404 = true;
        if (tls != null) {
            TlsConnector.install(config, tls);
        }
        config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
        config.routes.before(this::securityHeaders);
        config.routes.before(this::rateLimit);
        config.routes.before(HttpLimits::bodySize);
        config.routes.before(HttpLimits::singleQueryParameters);
        config.routes.after(HttpLimits::drainUnreadBody);
        config.routes.exception(HttpResponseException.class, HttpLimits::httpError);
        config.routes.exception(Exception.class, HttpLimits::unexpected);
        for (int status = 400; status < 600; status++) {
            config.routes.error(status, HttpLimits::problemIfNotYet);
        }
    }

    private void securityHeaders(Context ctx) {
        if (tls != null) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", contentSecurityPolicy);
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private void rateLimit(Context ctx) {
        TokenBuckets buckets = isRead(ctx.method().name()) ? reads : writes;
        if (buckets == null) {
            return;
        }
        long waitNanos = buckets.take(key(ctx));
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
            ctx.header("Retry-After", Long.toString(seconds));
            throw new ApiException(new Problem("https://openets.org/problems/rate-limited", "Too many requests",
                    429, "this credential or address sent more requests than its limit; retry after " + seconds
                    + " s", null, RATE_RULE, null, null));
        }
    }

    private static boolean isRead(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    /**
     * The rate-limit key: the credential presented, hashed so that no secret is kept in memory in clear, or the
     * client's address when there is none.
     */
    static String key(Context ctx) {
        String credential = ctx.header("Authorization");
        if (credential == null || credential.isEmpty()) {
            return "ip:" + ctx.ip();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
            return "key:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * A declared length over the route's limit is refused before anything is read. A body of unknown length
     * (chunked) sent to a route that reads none is read up to the limit and refused past it; the command and
     * import routes read theirs themselves, with the same limits.
     */
    private static void bodySize(Context ctx) throws IOException {
        boolean imports = ctx.path().equals(ReportImportRoute.PATH);
        long limit = imports ? ReportImportRoute.MAX_FILE_BYTES : HttpGateway.MAX_BODY_BYTES;
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        boolean readsItsBody = imports || ctx.path().equals("/api/v1/commands");
        if (declared < 0 && !readsItsBody && ctx.header("Transfer-Encoding") != null) {
            InputStream in = ctx.req().getInputStream();
            long read = 0;
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read += n;
                if (read > limit) {
                    throw tooLarge(limit);
                }
            }
        }
    }

    /**
     * A parameter given twice is refused rather than one of its values silently chosen; parameters a route does
     * not know are ignored, as HTTP clients and caches add their own.
     */
    private static void singleQueryParameters(Context ctx) {
        ctx.queryParamMap().forEach((name, values) -> {
            if (values.size() > 1) {
                throw new ApiException(Problem.badRequest(name.length() > 100 ? name.substring(0, 100) : name,
                        "API-QUERY-REPEATED", "give each query parameter once"));
            }
        });
    }

    /**
     * A route that answered without reading the body (a refusal) leaves it on the connection; closing a socket
     * with unread input resets it, and the client can lose the answer.
     */
    private static void drainUnreadBody(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared == 0 || declared > MAX_DRAINED_BYTES) {
            return;
        }
        InputStream in = ctx.req().getInputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n = in.read(buffer); n >= 0 && read <= MAX_DRAINED_BYTES; n = in.read(buffer)) {
            read += n;
        }
    }

    private static ApiException tooLarge(long limit) {
        return new ApiException(Problem.tooLarge("body", "API-BODY-SIZE", "the body exceeds " + limit + " bytes"));
    }

    /** Javalin's own refusals (no such route, wrong method, a body too large) as problem documents. */
    private static void httpError(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        if (status == 413) {
            HttpGateway.problem(ctx, tooLarge(HttpGateway.MAX_BODY_BYTES).problem());
        } else {
            HttpGateway.problem(ctx, generic(status, e.getMessage(), ctx));
        }
    }

    /** A bug: logged with its stack under an incident id the client is given; the body says nothing inside. */
    private static void unexpected(Exception e, Context ctx) {
        String incident = UUID.randomUUID().toString();
        LOG.error("incident {}: {} {} failed", incident, ctx.method(), ctx.path(), e);
        HttpGateway.problem(ctx, new Problem("https://openets.org/problems/internal-error", "Internal error", 500,
                "the request failed inside the server and changed nothing it had not already committed; incident "
                        + incident, null, null, null, null));
    }

    /** An error status left without a problem document (no route, wrong method) gets one. */
    private static void problemIfNotYet(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && type.startsWith(Problem.CONTENT_TYPE)) {
            return;
        }
        HttpGateway.problem(ctx, generic(ctx.statusCode(), null, ctx));
    }

    static Problem generic(int status, String message, Context ctx) {
        String title = HttpStatus.forStatus(status).getMessage();
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String rule;
        String detail;
        if (status == 404) {
            rule = "API-ROUTE";
            detail = "no route " + ctx.method() + " " + ctx.path() + "; GET /api/v1/openapi.json lists them";
        } else if (status == 405) {
            rule = "API-METHOD";
            detail = ctx.method() + " is not served on " + ctx.path();
        } else {
            rule = null;
            detail = message == null || message.isBlank() ? title : message;
        }
        return new Problem("https://openets.org/problems/" + slug, title, status, detail, null, rule, null, null);
    }

    /**
     * Only this origin's scripts, styles and connections; the index page's inline script and style are allowed
     * by their hashes rather than by {@code 'unsafe-inline'}.
     */
    private static String contentSecurityPolicy() {
        String page;
        try (InputStream in = HttpLimits.class.getResourceAsStream("/web/index.html")) {
            page = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            page = "";
        }
        return "default-src 'self'; script-src 'self'" + hashes(page, "script") + "; style-src 'self'"
                + hashes(page, "style") + "; img-src 'self' data:; object-src 'none'; base-uri 'none';"
                + " form-action 'self'; frame-ancestors 'none'";
    }

    static String hashes(String page, String element) {
        StringBuilder sources = new StringBuilder();
        Matcher inline = Pattern.compile("<" + element + "(?:\\s[^>]*)?>(.*?)</" + element + ">", Pattern.DOTALL)
                .matcher(page);
        while (inline.find()) {
            if (inline.group(1).isEmpty()) {
                continue;
            }
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(inline.group(1).getBytes(StandardCharsets.UTF_8));
                sources.append(" 'sha256-").append(Base64.getEncoder().encodeToString(digest)).append('\'');
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
        return sources.toString();
    }
}
