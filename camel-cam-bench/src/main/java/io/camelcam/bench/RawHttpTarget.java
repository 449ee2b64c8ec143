package io.camelcam.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;

/**
 * A, the ceiling: Apache HttpClient 5 async, configured like camel-cam's transport (HTTP/1.1, 64
 * pooled connections, TCP_NODELAY, as many I/O threads), posting the pre-encoded form and checking
 * HTTP 200 and {@code "status":200}. No JSON writing or parsing, no Camel: the least a Java client
 * can do per message.
 */
final class RawHttpTarget implements SlotRunner.Target, AutoCloseable {

    private static final ContentType FORM = ContentType.APPLICATION_FORM_URLENCODED.withCharset(StandardCharsets.UTF_8);
    private static final String OK = "\"status\":200";

    private final CloseableHttpAsyncClient client;
    private final String uri;
    private final byte[] form;

    RawHttpTarget(String serverUrl, int maxConnections) {
        this(serverUrl, maxConnections, "sendMessage", Payload.FORM);
    }

    /** Posts {@code form} (pre-encoded) to {@code operation}. */
    RawHttpTarget(String serverUrl, int maxConnections, String operation, byte[] form) {
        client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections).setMaxConnPerRoute(maxConnections).build())
                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())))
                        .setTcpNoDelay(true).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        client.start();
        uri = serverUrl + "/" + operation;
        this.form = form;
    }

    @Override
    public void send(SlotRunner.Completion done) {
        SimpleHttpRequest request = SimpleRequestBuilder.post(uri)
                .addHeader("x-cam-apiToken", SandboxProcess.USER_TOKEN)
                .setBody(form, FORM)
                .build();
        client.execute(request, new FutureCallback<SimpleHttpResponse>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                String body = response.getBodyText();
                done.done(response.getCode() == 200 && body != null && body.contains(OK)
                        ? null : new IllegalStateException("answer " + response.getCode() + " " + body));
            }

            @Override
            public void failed(Exception e) {
                done.done(e);
            }

            @Override
            public void cancelled() {
                done.done(new CancellationException());
            }
        });
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
