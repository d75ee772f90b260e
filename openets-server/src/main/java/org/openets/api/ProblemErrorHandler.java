package org.openets.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches a route (a malformed request line, an ambiguous path,
 * headers too large), as problem documents instead of its HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        // Jetty drops the connection after such an error; saying so keeps clients from reusing it.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE));
        fields.put(new HttpField(HttpHeader.CONNECTION, "close"));
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int code) {
        String title = HttpStatus.getMessage(code);
        Problem problem = new Problem("https://openets.org/problems/malformed-request", title, code,
                "the server could not read this request: " + title, null, code < 500 ? "API-HTTP-SYNTAX" : null, null, null);
        return Json.write(problem).getBytes(StandardCharsets.UTF_8);
    }
}
