package io.camelcam.client;

import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;

/**
 * A last say over the HttpClient a {@link CamHttpTransport} builds for calls (an interceptor, a
 * route planner for a corporate network, ...), called after the transport's own settings. It must not
 * turn on wire logging: that would print the API token. Streamed exportUsers bodies use a classic
 * HttpClient of their own, which it does not see.
 */
@FunctionalInterface
public interface CamHttpClientConfigurer {

    void configure(HttpAsyncClientBuilder builder);
}
