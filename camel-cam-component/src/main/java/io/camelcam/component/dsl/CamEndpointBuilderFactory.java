package io.camelcam.component.dsl;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.ExchangePattern;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.EndpointConsumerBuilder;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.jsse.SSLContextParameters;

import io.camelcam.component.api.CamCompleteOn;
import io.camelcam.component.api.CamUsersOutputType;

/**
 * The typed Endpoint DSL of the cam component: {@code to(cam("sendMessage").room("ops"))}.
 *
 * Generated from cam.json by CamEndpointBuilderFactoryTest, which fails when this file and the
 * component's options differ; rerun it with -Dcam.docs.update=true to rewrite this file. Do not edit.
 */
public interface CamEndpointBuilderFactory {

    /** Builder for a cam: consumer. */
    interface CamEndpointConsumerBuilder extends EndpointConsumerBuilder {

        default AdvancedCamEndpointConsumerBuilder advanced() {
            return (AdvancedCamEndpointConsumerBuilder) this;
        }

        /**
         * getConferenceRoomStatus: yyyyMM (a month), yyyyMMdd (a day), current (this month) or next (next
         * month), this month being read from the clock in timeZone.
         *
         * Default: current.
         * Group: common.
         *
         * @param month the value
         * @return this builder
         */
        default CamEndpointConsumerBuilder month(String month) {
            doSetProperty("month", month);
            return this;
        }

        /**
         * The CAM server URL, e.g. https://cam.example.com (on-premise CAMServer without TLS:
         * http://host:8080). Operations are appended as path segments.
         *
         * Required.
         * Group: common.
         *
         * @param serverUrl the value
         * @return this builder
         */
        default CamEndpointConsumerBuilder serverUrl(String serverUrl) {
            doSetProperty("serverUrl", serverUrl);
            return this;
        }

        /**
         * Consumer: what the first poll does when no baseline is stored, and what a poll does with a month
         * entering the window: true emits every entry found there as CREATED; false takes them silently as the
         * baseline.
         *
         * Default: false.
         * Group: consumer.
         *
         * @param emitExisting the <code>boolean</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder emitExisting(boolean emitExisting) {
            doSetProperty("emitExisting", emitExisting);
            return this;
        }

        /**
         * Consumer: what the first poll does when no baseline is stored, and what a poll does with a month
         * entering the window: true emits every entry found there as CREATED; false takes them silently as the
         * baseline.
         *
         * Default: false.
         * Group: consumer.
         *
         * @param emitExisting the <code>boolean</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder emitExisting(String emitExisting) {
            doSetProperty("emitExisting", emitExisting);
            return this;
        }

        /**
         * getConferenceRoomStatus consumer: how many consecutive months to watch, starting with month (1 to
         * 12). With month=current, 2 watches this month and the next, so a reservation moved across the month
         * boundary is one UPDATED.
         *
         * Default: 1.
         * Group: consumer.
         *
         * @param months the <code>int</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder months(int months) {
            doSetProperty("months", months);
            return this;
        }

        /**
         * getConferenceRoomStatus consumer: how many consecutive months to watch, starting with month (1 to
         * 12). With month=current, 2 watches this month and the next, so a reservation moved across the month
         * boundary is one UPDATED.
         *
         * Default: 1.
         * Group: consumer.
         *
         * @param months the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder months(String months) {
            doSetProperty("months", months);
            return this;
        }

        /**
         * If the polling consumer did not poll any files, you can enable this option to send an empty message
         * (no body) instead.
         *
         * Default: false.
         * Group: consumer.
         *
         * @param sendEmptyMessageWhenIdle the <code>boolean</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder sendEmptyMessageWhenIdle(boolean sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /**
         * If the polling consumer did not poll any files, you can enable this option to send an empty message
         * (no body) instead.
         *
         * Default: false.
         * Group: consumer.
         *
         * @param sendEmptyMessageWhenIdle the <code>boolean</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder sendEmptyMessageWhenIdle(String sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /**
         * Consumer: a JSON file keeping what the consumer last saw, so a restart neither emits everything
         * again nor misses what changed meanwhile. On a shared path it is shared by the nodes of a cluster
         * (see master:). One file per consumer; written atomically (temporary file, then move). Without
         * stateFile or stateRepository the baseline lives in memory only.
         *
         * Group: consumer.
         *
         * @param stateFile the value
         * @return this builder
         */
        default CamEndpointConsumerBuilder stateFile(String stateFile) {
            doSetProperty("stateFile", stateFile);
            return this;
        }

        /**
         * An HTTP proxy host to reach CAM through (plain HTTP is forwarded, https:// servers are reached
         * through CONNECT).
         *
         * Group: proxy.
         *
         * @param proxyHost the value
         * @return this builder
         */
        default CamEndpointConsumerBuilder proxyHost(String proxyHost) {
            doSetProperty("proxyHost", proxyHost);
            return this;
        }

        /**
         * The HTTP proxy port (1 to 65535). Default: 80.
         *
         * Group: proxy.
         *
         * @param proxyPort the <code>Integer</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder proxyPort(Integer proxyPort) {
            doSetProperty("proxyPort", proxyPort);
            return this;
        }

        /**
         * The HTTP proxy port (1 to 65535). Default: 80.
         *
         * Group: proxy.
         *
         * @param proxyPort the <code>Integer</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder proxyPort(String proxyPort) {
            doSetProperty("proxyPort", proxyPort);
            return this;
        }

        /**
         * The user name for the proxy's Basic authentication. Needs proxyHost.
         *
         * Group: proxy.
         *
         * @param proxyUsername the value
         * @return this builder
         */
        default CamEndpointConsumerBuilder proxyUsername(String proxyUsername) {
            doSetProperty("proxyUsername", proxyUsername);
            return this;
        }

        /**
         * Also take the JVM's proxy system properties (http.proxyHost, https.proxyHost, http.nonProxyHosts,
         * ...) and, without sslContextParameters, its TLS ones (javax.net.ssl.trustStore, ...). proxyHost,
         * when set, wins.
         *
         * Default: false.
         * Group: proxy.
         *
         * @param useSystemProperties the <code>boolean</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder useSystemProperties(boolean useSystemProperties) {
            doSetProperty("useSystemProperties", useSystemProperties);
            return this;
        }

        /**
         * Also take the JVM's proxy system properties (http.proxyHost, https.proxyHost, http.nonProxyHosts,
         * ...) and, without sslContextParameters, its TLS ones (javax.net.ssl.trustStore, ...). proxyHost,
         * when set, wins.
         *
         * Default: false.
         * Group: proxy.
         *
         * @param useSystemProperties the <code>boolean</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder useSystemProperties(String useSystemProperties) {
            doSetProperty("useSystemProperties", useSystemProperties);
            return this;
        }

        /**
         * The number of subsequent error polls (failed due some error) that should happen before the
         * backoffMultipler should kick-in.
         *
         * Group: scheduler.
         *
         * @param backoffErrorThreshold the <code>int</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder backoffErrorThreshold(int backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /**
         * The number of subsequent error polls (failed due some error) that should happen before the
         * backoffMultipler should kick-in.
         *
         * Group: scheduler.
         *
         * @param backoffErrorThreshold the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder backoffErrorThreshold(String backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /**
         * The number of subsequent idle polls that should happen before the backoffMultipler should kick-in.
         *
         * Group: scheduler.
         *
         * @param backoffIdleThreshold the <code>int</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder backoffIdleThreshold(int backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /**
         * The number of subsequent idle polls that should happen before the backoffMultipler should kick-in.
         *
         * Group: scheduler.
         *
         * @param backoffIdleThreshold the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder backoffIdleThreshold(String backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /**
         * To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors
         * in a row. The multiplier is then the number of polls that will be skipped before the next actual
         * attempt is happening again. When this option is in use then backoffIdleThreshold and/or
         * backoffErrorThreshold must also be configured.
         *
         * Group: scheduler.
         *
         * @param backoffMultiplier the <code>int</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder backoffMultiplier(int backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /**
         * To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors
         * in a row. The multiplier is then the number of polls that will be skipped before the next actual
         * attempt is happening again. When this option is in use then backoffIdleThreshold and/or
         * backoffErrorThreshold must also be configured.
         *
         * Group: scheduler.
         *
         * @param backoffMultiplier the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder backoffMultiplier(String backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /**
         * Milliseconds before the next poll.
         *
         * Default: 500.
         * Group: scheduler.
         *
         * @param delay the <code>long</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder delay(long delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /**
         * Milliseconds before the next poll.
         *
         * Default: 500.
         * Group: scheduler.
         *
         * @param delay the <code>long</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder delay(String delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /**
         * If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run
         * polled 1 or more messages.
         *
         * Default: false.
         * Group: scheduler.
         *
         * @param greedy the <code>boolean</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder greedy(boolean greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /**
         * If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run
         * polled 1 or more messages.
         *
         * Default: false.
         * Group: scheduler.
         *
         * @param greedy the <code>boolean</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder greedy(String greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /**
         * Milliseconds before the first poll starts.
         *
         * Default: 1000.
         * Group: scheduler.
         *
         * @param initialDelay the <code>long</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder initialDelay(long initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /**
         * Milliseconds before the first poll starts.
         *
         * Default: 1000.
         * Group: scheduler.
         *
         * @param initialDelay the <code>long</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder initialDelay(String initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /**
         * Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire
         * once. If you set it to 5, it will only fire five times. A value of zero or negative means fire
         * forever.
         *
         * Default: 0.
         * Group: scheduler.
         *
         * @param repeatCount the <code>long</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder repeatCount(long repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /**
         * Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire
         * once. If you set it to 5, it will only fire five times. A value of zero or negative means fire
         * forever.
         *
         * Default: 0.
         * Group: scheduler.
         *
         * @param repeatCount the <code>long</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder repeatCount(String repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /**
         * The consumer logs a start/complete log line when it polls. This option allows you to configure the
         * logging level for that.
         *
         * Default: TRACE.
         * One of: TRACE, DEBUG, INFO, WARN, ERROR, OFF.
         * Group: scheduler.
         *
         * @param runLoggingLevel the <code>LoggingLevel</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder runLoggingLevel(LoggingLevel runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /**
         * The consumer logs a start/complete log line when it polls. This option allows you to configure the
         * logging level for that.
         *
         * Default: TRACE.
         * One of: TRACE, DEBUG, INFO, WARN, ERROR, OFF.
         * Group: scheduler.
         *
         * @param runLoggingLevel the <code>LoggingLevel</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder runLoggingLevel(String runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /**
         * Allows for configuring a custom/shared thread pool to use for the consumer. By default each consumer
         * has its own single threaded thread pool.
         *
         * Group: scheduler.
         *
         * @param scheduledExecutorService the <code>ScheduledExecutorService</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder scheduledExecutorService(ScheduledExecutorService scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /**
         * Allows for configuring a custom/shared thread pool to use for the consumer. By default each consumer
         * has its own single threaded thread pool.
         *
         * Group: scheduler.
         *
         * @param scheduledExecutorService the <code>ScheduledExecutorService</code> value, as text: a property placeholder or a #bean reference
         * @return this builder
         */
        default CamEndpointConsumerBuilder scheduledExecutorService(String scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /**
         * To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or
         * quartz for built in scheduler
         *
         * Default: none.
         * Group: scheduler.
         *
         * @param scheduler the <code>Object</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder scheduler(Object scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /**
         * To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or
         * quartz for built in scheduler
         *
         * Default: none.
         * Group: scheduler.
         *
         * @param scheduler the <code>Object</code> value, as text: a property placeholder or a #bean reference
         * @return this builder
         */
        default CamEndpointConsumerBuilder scheduler(String scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /**
         * To configure additional properties when using a custom scheduler or any of the Quartz, Spring based
         * scheduler. This is a multi-value option with prefix: scheduler. Sets one entry.
         *
         * @param key the key, without the prefix scheduler.
         * @param value the value
         * @return this builder
         */
        default CamEndpointConsumerBuilder schedulerProperties(String key, Object value) {
            doSetMultiValueProperty("schedulerProperties", "scheduler." + key, value);
            return this;
        }

        /**
         * To configure additional properties when using a custom scheduler or any of the Quartz, Spring based
         * scheduler. This is a multi-value option with prefix: scheduler. Sets all the entries of the map.
         *
         * @param values the entries, keys without the prefix scheduler.
         * @return this builder
         */
        default CamEndpointConsumerBuilder schedulerProperties(Map<String, Object> values) {
            doSetMultiValueProperties("schedulerProperties", "scheduler.", values);
            return this;
        }

        /**
         * Whether the scheduler should be auto started.
         *
         * Default: true.
         * Group: scheduler.
         *
         * @param startScheduler the <code>boolean</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder startScheduler(boolean startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /**
         * Whether the scheduler should be auto started.
         *
         * Default: true.
         * Group: scheduler.
         *
         * @param startScheduler the <code>boolean</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder startScheduler(String startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /**
         * Time unit for initialDelay and delay options.
         *
         * Default: MILLISECONDS.
         * One of: NANOSECONDS, MICROSECONDS, MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS.
         * Group: scheduler.
         *
         * @param timeUnit the <code>TimeUnit</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder timeUnit(TimeUnit timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /**
         * Time unit for initialDelay and delay options.
         *
         * Default: MILLISECONDS.
         * One of: NANOSECONDS, MICROSECONDS, MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS.
         * Group: scheduler.
         *
         * @param timeUnit the <code>TimeUnit</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder timeUnit(String timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /**
         * Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details.
         *
         * Default: true.
         * Group: scheduler.
         *
         * @param useFixedDelay the <code>boolean</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder useFixedDelay(boolean useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /**
         * Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details.
         *
         * Default: true.
         * Group: scheduler.
         *
         * @param useFixedDelay the <code>boolean</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointConsumerBuilder useFixedDelay(String useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /**
         * An administrator's API token for exportUsers and updateUsersCSV. Set on the component, one component
         * serves both kinds of operation and no token is ever written into a URI; without it, those operations
         * use apiToken.
         *
         * Secret: never logged.
         * Group: security.
         *
         * @param adminApiToken the value
         * @return this builder
         */
        default CamEndpointConsumerBuilder adminApiToken(String adminApiToken) {
            doSetProperty("adminApiToken", adminApiToken);
            return this;
        }

        /**
         * The API token from CAM's administration screen. exportUsers and updateUsersCSV need an
         * administrator's token (or adminApiToken). Sent only in the x-cam-apiToken header, never logged.
         *
         * Required.
         * Secret: never logged.
         * Group: security.
         *
         * @param apiToken the value
         * @return this builder
         */
        default CamEndpointConsumerBuilder apiToken(String apiToken) {
            doSetProperty("apiToken", apiToken);
            return this;
        }

        /**
         * The password for the proxy's Basic authentication. Needs proxyUsername. Sent only to the proxy,
         * never logged.
         *
         * Secret: never logged.
         * Group: security.
         *
         * @param proxyPassword the value
         * @return this builder
         */
        default CamEndpointConsumerBuilder proxyPassword(String proxyPassword) {
            doSetProperty("proxyPassword", proxyPassword);
            return this;
        }

        /**
         * TLS settings (trust store, key store, protocols) for https:// servers.
         *
         * Group: security.
         *
         * @param sslContextParameters the <code>SSLContextParameters</code> value
         * @return this builder
         */
        default CamEndpointConsumerBuilder sslContextParameters(SSLContextParameters sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }

        /**
         * TLS settings (trust store, key store, protocols) for https:// servers.
         *
         * Group: security.
         *
         * @param sslContextParameters the <code>SSLContextParameters</code> value, as text: a property placeholder or a #bean reference
         * @return this builder
         */
        default CamEndpointConsumerBuilder sslContextParameters(String sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }
    }

    /** The advanced options of a cam: consumer. */
    interface AdvancedCamEndpointConsumerBuilder extends EndpointConsumerBuilder {

        default CamEndpointConsumerBuilder basic() {
            return (CamEndpointConsumerBuilder) this;
        }

        /**
         * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if
         * possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes,
         * will now be processed as a message and handled by the routing Error Handler. Important: This is only
         * possible if the 3rd party component allows Camel to be alerted if an exception was thrown. Some
         * components handle this internally only, and therefore bridgeErrorHandler is not possible. In other
         * situations we may improve the Camel component to hook into the 3rd party component and make this
         * possible for future releases. By default the consumer will use the
         * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR
         * level and ignored.
         *
         * Default: false.
         * Group: consumer (advanced).
         *
         * @param bridgeErrorHandler the <code>boolean</code> value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder bridgeErrorHandler(boolean bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /**
         * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if
         * possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes,
         * will now be processed as a message and handled by the routing Error Handler. Important: This is only
         * possible if the 3rd party component allows Camel to be alerted if an exception was thrown. Some
         * components handle this internally only, and therefore bridgeErrorHandler is not possible. In other
         * situations we may improve the Camel component to hook into the 3rd party component and make this
         * possible for future releases. By default the consumer will use the
         * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR
         * level and ignored.
         *
         * Default: false.
         * Group: consumer (advanced).
         *
         * @param bridgeErrorHandler the <code>boolean</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder bridgeErrorHandler(String bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /**
         * To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is
         * enabled then this option is not in use. By default the consumer will deal with exceptions, that will
         * be logged at WARN or ERROR level and ignored.
         *
         * Group: consumer (advanced).
         *
         * @param exceptionHandler the <code>ExceptionHandler</code> value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder exceptionHandler(ExceptionHandler exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /**
         * To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is
         * enabled then this option is not in use. By default the consumer will deal with exceptions, that will
         * be logged at WARN or ERROR level and ignored.
         *
         * Group: consumer (advanced).
         *
         * @param exceptionHandler the <code>ExceptionHandler</code> value, as text: a property placeholder or a #bean reference
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder exceptionHandler(String exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /**
         * Sets the exchange pattern when the consumer creates an exchange.
         *
         * One of: InOnly, InOut.
         * Group: consumer (advanced).
         *
         * @param exchangePattern the <code>ExchangePattern</code> value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder exchangePattern(ExchangePattern exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /**
         * Sets the exchange pattern when the consumer creates an exchange.
         *
         * One of: InOnly, InOut.
         * Group: consumer (advanced).
         *
         * @param exchangePattern the <code>ExchangePattern</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder exchangePattern(String exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /**
         * Consumer: the most changes one poll emits; the rest follow at the next poll (at once with
         * greedy=true). 0 = no limit.
         *
         * Default: 0.
         * Group: consumer (advanced).
         *
         * @param maxMessagesPerPoll the <code>int</code> value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder maxMessagesPerPoll(int maxMessagesPerPoll) {
            doSetProperty("maxMessagesPerPoll", maxMessagesPerPoll);
            return this;
        }

        /**
         * Consumer: the most changes one poll emits; the rest follow at the next poll (at once with
         * greedy=true). 0 = no limit.
         *
         * Default: 0.
         * Group: consumer (advanced).
         *
         * @param maxMessagesPerPoll the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder maxMessagesPerPoll(String maxMessagesPerPoll) {
            doSetProperty("maxMessagesPerPoll", maxMessagesPerPoll);
            return this;
        }

        /**
         * A pluggable org.apache.camel.PollingConsumerPollingStrategy allowing you to provide your custom
         * implementation to control error handling usually occurred during the poll operation before an
         * Exchange have been created and being routed in Camel.
         *
         * Group: consumer (advanced).
         *
         * @param pollStrategy the <code>PollingConsumerPollStrategy</code> value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder pollStrategy(PollingConsumerPollStrategy pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /**
         * A pluggable org.apache.camel.PollingConsumerPollingStrategy allowing you to provide your custom
         * implementation to control error handling usually occurred during the poll operation before an
         * Exchange have been created and being routed in Camel.
         *
         * Group: consumer (advanced).
         *
         * @param pollStrategy the <code>PollingConsumerPollStrategy</code> value, as text: a property placeholder or a #bean reference
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder pollStrategy(String pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /**
         * Consumer: the key of this consumer's state in stateRepository, also recorded in stateFile. Consumers
         * sharing a repository need distinct keys. Default: the operation and month, e.g.
         * getConferenceRoomStatus:current, or getConferenceMaster.
         *
         * Group: consumer (advanced).
         *
         * @param stateKey the value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder stateKey(String stateKey) {
            doSetProperty("stateKey", stateKey);
            return this;
        }

        /**
         * Consumer: keeps what the consumer last saw in any Camel StateRepository, under stateKey, e.g. one
         * backed by a database all nodes share. It is read when the consumer starts, so for a cluster it must
         * read its store then, not a cache. Not together with stateFile.
         *
         * Group: consumer (advanced).
         *
         * @param stateRepository the <code>StateRepository&lt;String, String&gt;</code> value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder stateRepository(StateRepository<String, String> stateRepository) {
            doSetProperty("stateRepository", stateRepository);
            return this;
        }

        /**
         * Consumer: keeps what the consumer last saw in any Camel StateRepository, under stateKey, e.g. one
         * backed by a database all nodes share. It is read when the consumer starts, so for a cluster it must
         * read its store then, not a cache. Not together with stateFile.
         *
         * Group: consumer (advanced).
         *
         * @param stateRepository the <code>StateRepository&lt;String, String&gt;</code> value, as text: a property placeholder or a #bean reference
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder stateRepository(String stateRepository) {
            doSetProperty("stateRepository", stateRepository);
            return this;
        }

        /**
         * The clock current, next and quick-call expiry are read from; a fixed Clock makes tests independent
         * of the date. Default: the system clock.
         *
         * Group: advanced.
         *
         * @param clock the <code>Clock</code> value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder clock(Clock clock) {
            doSetProperty("clock", clock);
            return this;
        }

        /**
         * The clock current, next and quick-call expiry are read from; a fixed Clock makes tests independent
         * of the date. Default: the system clock.
         *
         * Group: advanced.
         *
         * @param clock the <code>Clock</code> value, as text: a property placeholder or a #bean reference
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder clock(String clock) {
            doSetProperty("clock", clock);
            return this;
        }

        /**
         * How long a request waits for a free pooled connection when maxConnections are all busy.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param connectionRequestTimeout the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder connectionRequestTimeout(long connectionRequestTimeout) {
            doSetProperty("connectionRequestTimeout", connectionRequestTimeout);
            return this;
        }

        /**
         * How long a request waits for a free pooled connection when maxConnections are all busy.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param connectionRequestTimeout the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder connectionRequestTimeout(String connectionRequestTimeout) {
            doSetProperty("connectionRequestTimeout", connectionRequestTimeout);
            return this;
        }

        /**
         * How long to wait for a TCP (and TLS) connection to CAM.
         *
         * Default: 10s.
         * Group: advanced.
         *
         * @param connectTimeout the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * How long to wait for a TCP (and TLS) connection to CAM.
         *
         * Default: 10s.
         * Group: advanced.
         *
         * @param connectTimeout the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * The most connections open to CAM at once for calls, which is also the most calls in flight. Shared
         * by all endpoints with the same connection settings. Streamed exportUsers bodies have up to 4
         * connections of their own besides.
         *
         * Default: 64.
         * Group: advanced.
         *
         * @param maxConnections the <code>int</code> value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder maxConnections(int maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The most connections open to CAM at once for calls, which is also the most calls in flight. Shared
         * by all endpoints with the same connection settings. Streamed exportUsers bodies have up to 4
         * connections of their own besides.
         *
         * Default: 64.
         * Group: advanced.
         *
         * @param maxConnections the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder maxConnections(String maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The largest JSON answer read, in bytes (default 16 MiB): a bigger one fails the exchange with a
         * CamResponseException before it can fill the heap. A streamed exportUsers CSV is not bounded by this:
         * it is read from the socket as it is read, holding 8 KiB.
         *
         * Default: 16777216.
         * Group: advanced.
         *
         * @param maxResponseSize the <code>long</code> value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder maxResponseSize(long maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The largest JSON answer read, in bytes (default 16 MiB): a bigger one fails the exchange with a
         * CamResponseException before it can fill the heap. A streamed exportUsers CSV is not bounded by this:
         * it is read from the socket as it is read, holding 8 KiB.
         *
         * Default: 16777216.
         * Group: advanced.
         *
         * @param maxResponseSize the <code>long</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder maxResponseSize(String maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The longest Retry-After honoured; a longer one fails the call at once.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param maxRetryAfter the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder maxRetryAfter(long maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * The longest Retry-After honoured; a longer one fails the call at once.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param maxRetryAfter the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder maxRetryAfter(String maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * Extra attempts for read operations (getConferenceRooms, getConferenceMaster,
         * getConferenceRoomStatus, exportUsers) after a transient failure: no connection, response timeout, a
         * connection that broke off (for exportUsers: before the CSV began to arrive), HTTP 429/502/503/504. 0
         * disables.
         *
         * Default: 2.
         * Group: advanced.
         *
         * @param readRetries the <code>int</code> value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder readRetries(int readRetries) {
            doSetProperty("readRetries", readRetries);
            return this;
        }

        /**
         * Extra attempts for read operations (getConferenceRooms, getConferenceMaster,
         * getConferenceRoomStatus, exportUsers) after a transient failure: no connection, response timeout, a
         * connection that broke off (for exportUsers: before the CSV began to arrive), HTTP 429/502/503/504. 0
         * disables.
         *
         * Default: 2.
         * Group: advanced.
         *
         * @param readRetries the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder readRetries(String readRetries) {
            doSetProperty("readRetries", readRetries);
            return this;
        }

        /**
         * How long to wait for CAM's answer once the request is sent (inactivity on the socket). Also how long
         * the reader of a streamed exportUsers body waits for its next byte.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param responseTimeout the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder responseTimeout(long responseTimeout) {
            doSetProperty("responseTimeout", responseTimeout);
            return this;
        }

        /**
         * How long to wait for CAM's answer once the request is sent (inactivity on the socket). Also how long
         * the reader of a streamed exportUsers body waits for its next byte.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param responseTimeout the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder responseTimeout(String responseTimeout) {
            doSetProperty("responseTimeout", responseTimeout);
            return this;
        }

        /**
         * Wait before the first retry, doubled for each further one, unless Retry-After asks for more.
         *
         * Default: 250ms.
         * Group: advanced.
         *
         * @param retryBackoff the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder retryBackoff(long retryBackoff) {
            doSetProperty("retryBackoff", retryBackoff);
            return this;
        }

        /**
         * Wait before the first retry, doubled for each further one, unless Retry-After asks for more.
         *
         * Default: 250ms.
         * Group: advanced.
         *
         * @param retryBackoff the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder retryBackoff(String retryBackoff) {
            doSetProperty("retryBackoff", retryBackoff);
            return this;
        }

        /**
         * Opt-in retry of write operations (sendMessage, sendMessages, createQuickCall, updateUsersCSV,
         * updateChatRoom) on answers by which CAM says it did not process the request: a comma-separated
         * subset of 429, 503 and connect (could not connect). Never on timeouts or broken connections, where
         * CAM may have processed the request.
         *
         * Group: advanced.
         *
         * @param retryOn the value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder retryOn(String retryOn) {
            doSetProperty("retryOn", retryOn);
            return this;
        }

        /**
         * The time zone in which current and next are reckoned, e.g. Asia/Tokyo. Default: the JVM's.
         *
         * Group: advanced.
         *
         * @param timeZone the value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder timeZone(String timeZone) {
            doSetProperty("timeZone", timeZone);
            return this;
        }

        /**
         * The most extra attempts of a write operation when retryOn applies.
         *
         * Default: 3.
         * Group: advanced.
         *
         * @param writeRetries the <code>int</code> value
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder writeRetries(int writeRetries) {
            doSetProperty("writeRetries", writeRetries);
            return this;
        }

        /**
         * The most extra attempts of a write operation when retryOn applies.
         *
         * Default: 3.
         * Group: advanced.
         *
         * @param writeRetries the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointConsumerBuilder writeRetries(String writeRetries) {
            doSetProperty("writeRetries", writeRetries);
            return this;
        }
    }

    /** Builder for a cam: producer. */
    interface CamEndpointProducerBuilder extends EndpointProducerBuilder {

        default AdvancedCamEndpointProducerBuilder advanced() {
            return (AdvancedCamEndpointProducerBuilder) this;
        }

        /**
         * getConferenceRoomStatus: yyyyMM (a month), yyyyMMdd (a day), current (this month) or next (next
         * month), this month being read from the clock in timeZone.
         *
         * Default: current.
         * Group: common.
         *
         * @param month the value
         * @return this builder
         */
        default CamEndpointProducerBuilder month(String month) {
            doSetProperty("month", month);
            return this;
        }

        /**
         * The CAM server URL, e.g. https://cam.example.com (on-premise CAMServer without TLS:
         * http://host:8080). Operations are appended as path segments.
         *
         * Required.
         * Group: common.
         *
         * @param serverUrl the value
         * @return this builder
         */
        default CamEndpointProducerBuilder serverUrl(String serverUrl) {
            doSetProperty("serverUrl", serverUrl);
            return this;
        }

        /**
         * createQuickCall: how long the quick call stays valid, counted from the moment it is created.
         *
         * Default: 1h.
         * Group: producer.
         *
         * @param expiresIn the duration in milliseconds (long)
         * @return this builder
         */
        default CamEndpointProducerBuilder expiresIn(long expiresIn) {
            doSetProperty("expiresIn", expiresIn);
            return this;
        }

        /**
         * createQuickCall: how long the quick call stays valid, counted from the moment it is created.
         *
         * Default: 1h.
         * Group: producer.
         *
         * @param expiresIn the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default CamEndpointProducerBuilder expiresIn(String expiresIn) {
            doSetProperty("expiresIn", expiresIn);
            return this;
        }

        /**
         * createQuickCall: a fixed expiry as Unix time in milliseconds; overrides expiresIn. Must be in the
         * future.
         *
         * Group: producer.
         *
         * @param expireTime the <code>long</code> value
         * @return this builder
         */
        default CamEndpointProducerBuilder expireTime(long expireTime) {
            doSetProperty("expireTime", expireTime);
            return this;
        }

        /**
         * createQuickCall: a fixed expiry as Unix time in milliseconds; overrides expiresIn. Must be in the
         * future.
         *
         * Group: producer.
         *
         * @param expireTime the <code>long</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointProducerBuilder expireTime(String expireTime) {
            doSetProperty("expireTime", expireTime);
            return this;
        }

        /**
         * updateUsersCSV: the file name sent with the CSV when the body is not a file.
         *
         * Default: updateUsers.csv.
         * Group: producer.
         *
         * @param fileName the value
         * @return this builder
         */
        default CamEndpointProducerBuilder fileName(String fileName) {
            doSetProperty("fileName", fileName);
            return this;
        }

        /**
         * exportUsers: stream = the CSV as an InputStream (streamed); list = a List of CamUser; iterator = an
         * Iterator of CamUser read lazily.
         *
         * Default: stream.
         * One of: stream, list, iterator.
         * Group: producer.
         *
         * @param outputType the <code>CamUsersOutputType</code> value
         * @return this builder
         */
        default CamEndpointProducerBuilder outputType(CamUsersOutputType outputType) {
            doSetProperty("outputType", outputType);
            return this;
        }

        /**
         * exportUsers: stream = the CSV as an InputStream (streamed); list = a List of CamUser; iterator = an
         * Iterator of CamUser read lazily.
         *
         * Default: stream.
         * One of: stream, list, iterator.
         * Group: producer.
         *
         * @param outputType the <code>CamUsersOutputType</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointProducerBuilder outputType(String outputType) {
            doSetProperty("outputType", outputType);
            return this;
        }

        /**
         * exportUsers: the file name asked of CAM for the CSV.
         *
         * Default: exportUsers.csv.
         * Group: producer.
         *
         * @param path the value
         * @return this builder
         */
        default CamEndpointProducerBuilder path(String path) {
            doSetProperty("path", path);
            return this;
        }

        /**
         * sendMessage, sendMessages: the chat room (its name) to send to. Without a room the message is a
         * direct message to users.
         *
         * Group: producer.
         *
         * @param room the value
         * @return this builder
         */
        default CamEndpointProducerBuilder room(String room) {
            doSetProperty("room", room);
            return this;
        }

        /**
         * sendMessage, sendMessages: send as a sealed letter (CAM's isOpened flag).
         *
         * Default: false.
         * Group: producer.
         *
         * @param sealed the <code>boolean</code> value
         * @return this builder
         */
        default CamEndpointProducerBuilder sealed(boolean sealed) {
            doSetProperty("sealed", sealed);
            return this;
        }

        /**
         * sendMessage, sendMessages: send as a sealed letter (CAM's isOpened flag).
         *
         * Default: false.
         * Group: producer.
         *
         * @param sealed the <code>boolean</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointProducerBuilder sealed(String sealed) {
            doSetProperty("sealed", sealed);
            return this;
        }

        /**
         * sendMessage, sendMessages: comma-separated e-mail addresses: the recipients of a direct message, or
         * the users mentioned in a room.
         *
         * Group: producer.
         *
         * @param users the value
         * @return this builder
         */
        default CamEndpointProducerBuilder users(String users) {
            doSetProperty("users", users);
            return this;
        }

        /**
         * sendMessage: collect up to this many messages of exchanges in flight and send them as one
         * sendMessages call (at most 1000, CAM's limit per call). Each exchange completes when CAM has
         * answered for its batch. 0 or 1 sends one call per message.
         *
         * Group: batching.
         *
         * @param batchSize the <code>int</code> value
         * @return this builder
         */
        default CamEndpointProducerBuilder batchSize(int batchSize) {
            doSetProperty("batchSize", batchSize);
            return this;
        }

        /**
         * sendMessage: collect up to this many messages of exchanges in flight and send them as one
         * sendMessages call (at most 1000, CAM's limit per call). Each exchange completes when CAM has
         * answered for its batch. 0 or 1 sends one call per message.
         *
         * Group: batching.
         *
         * @param batchSize the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointProducerBuilder batchSize(String batchSize) {
            doSetProperty("batchSize", batchSize);
            return this;
        }

        /**
         * sendMessage with batchSize: how long the first message of a batch waits for more before the batch is
         * sent anyway.
         *
         * Default: 100ms.
         * Group: batching.
         *
         * @param batchTimeout the duration in milliseconds (long)
         * @return this builder
         */
        default CamEndpointProducerBuilder batchTimeout(long batchTimeout) {
            doSetProperty("batchTimeout", batchTimeout);
            return this;
        }

        /**
         * sendMessage with batchSize: how long the first message of a batch waits for more before the batch is
         * sent anyway.
         *
         * Default: 100ms.
         * Group: batching.
         *
         * @param batchTimeout the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default CamEndpointProducerBuilder batchTimeout(String batchTimeout) {
            doSetProperty("batchTimeout", batchTimeout);
            return this;
        }

        /**
         * An HTTP proxy host to reach CAM through (plain HTTP is forwarded, https:// servers are reached
         * through CONNECT).
         *
         * Group: proxy.
         *
         * @param proxyHost the value
         * @return this builder
         */
        default CamEndpointProducerBuilder proxyHost(String proxyHost) {
            doSetProperty("proxyHost", proxyHost);
            return this;
        }

        /**
         * The HTTP proxy port (1 to 65535). Default: 80.
         *
         * Group: proxy.
         *
         * @param proxyPort the <code>Integer</code> value
         * @return this builder
         */
        default CamEndpointProducerBuilder proxyPort(Integer proxyPort) {
            doSetProperty("proxyPort", proxyPort);
            return this;
        }

        /**
         * The HTTP proxy port (1 to 65535). Default: 80.
         *
         * Group: proxy.
         *
         * @param proxyPort the <code>Integer</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointProducerBuilder proxyPort(String proxyPort) {
            doSetProperty("proxyPort", proxyPort);
            return this;
        }

        /**
         * The user name for the proxy's Basic authentication. Needs proxyHost.
         *
         * Group: proxy.
         *
         * @param proxyUsername the value
         * @return this builder
         */
        default CamEndpointProducerBuilder proxyUsername(String proxyUsername) {
            doSetProperty("proxyUsername", proxyUsername);
            return this;
        }

        /**
         * Also take the JVM's proxy system properties (http.proxyHost, https.proxyHost, http.nonProxyHosts,
         * ...) and, without sslContextParameters, its TLS ones (javax.net.ssl.trustStore, ...). proxyHost,
         * when set, wins.
         *
         * Default: false.
         * Group: proxy.
         *
         * @param useSystemProperties the <code>boolean</code> value
         * @return this builder
         */
        default CamEndpointProducerBuilder useSystemProperties(boolean useSystemProperties) {
            doSetProperty("useSystemProperties", useSystemProperties);
            return this;
        }

        /**
         * Also take the JVM's proxy system properties (http.proxyHost, https.proxyHost, http.nonProxyHosts,
         * ...) and, without sslContextParameters, its TLS ones (javax.net.ssl.trustStore, ...). proxyHost,
         * when set, wins.
         *
         * Default: false.
         * Group: proxy.
         *
         * @param useSystemProperties the <code>boolean</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointProducerBuilder useSystemProperties(String useSystemProperties) {
            doSetProperty("useSystemProperties", useSystemProperties);
            return this;
        }

        /**
         * An administrator's API token for exportUsers and updateUsersCSV. Set on the component, one component
         * serves both kinds of operation and no token is ever written into a URI; without it, those operations
         * use apiToken.
         *
         * Secret: never logged.
         * Group: security.
         *
         * @param adminApiToken the value
         * @return this builder
         */
        default CamEndpointProducerBuilder adminApiToken(String adminApiToken) {
            doSetProperty("adminApiToken", adminApiToken);
            return this;
        }

        /**
         * The API token from CAM's administration screen. exportUsers and updateUsersCSV need an
         * administrator's token (or adminApiToken). Sent only in the x-cam-apiToken header, never logged.
         *
         * Required.
         * Secret: never logged.
         * Group: security.
         *
         * @param apiToken the value
         * @return this builder
         */
        default CamEndpointProducerBuilder apiToken(String apiToken) {
            doSetProperty("apiToken", apiToken);
            return this;
        }

        /**
         * createQuickCall: the password of the quick call. Never logged.
         *
         * Secret: never logged.
         * Group: security.
         *
         * @param password the value
         * @return this builder
         */
        default CamEndpointProducerBuilder password(String password) {
            doSetProperty("password", password);
            return this;
        }

        /**
         * The password for the proxy's Basic authentication. Needs proxyUsername. Sent only to the proxy,
         * never logged.
         *
         * Secret: never logged.
         * Group: security.
         *
         * @param proxyPassword the value
         * @return this builder
         */
        default CamEndpointProducerBuilder proxyPassword(String proxyPassword) {
            doSetProperty("proxyPassword", proxyPassword);
            return this;
        }

        /**
         * TLS settings (trust store, key store, protocols) for https:// servers.
         *
         * Group: security.
         *
         * @param sslContextParameters the <code>SSLContextParameters</code> value
         * @return this builder
         */
        default CamEndpointProducerBuilder sslContextParameters(SSLContextParameters sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }

        /**
         * TLS settings (trust store, key store, protocols) for https:// servers.
         *
         * Group: security.
         *
         * @param sslContextParameters the <code>SSLContextParameters</code> value, as text: a property placeholder or a #bean reference
         * @return this builder
         */
        default CamEndpointProducerBuilder sslContextParameters(String sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }
    }

    /** The advanced options of a cam: producer. */
    interface AdvancedCamEndpointProducerBuilder extends EndpointProducerBuilder {

        default CamEndpointProducerBuilder basic() {
            return (CamEndpointProducerBuilder) this;
        }

        /**
         * The thread the exchange continues on once CAM has answered: callbackPool = the component's
         * CamCallback pool, where later route steps may block; ioThread = HttpClient's I/O thread that read
         * the answer (or the caller's, when the answer was there before the producer returned), which saves a
         * thread hand-over per message but lets one blocking step after the cam: endpoint stall every
         * connection of that I/O thread. Only for routes that never block after the endpoint.
         *
         * Default: callbackPool.
         * One of: callbackPool, ioThread.
         * Group: producer (advanced).
         *
         * @param completeOn the <code>CamCompleteOn</code> value
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder completeOn(CamCompleteOn completeOn) {
            doSetProperty("completeOn", completeOn);
            return this;
        }

        /**
         * The thread the exchange continues on once CAM has answered: callbackPool = the component's
         * CamCallback pool, where later route steps may block; ioThread = HttpClient's I/O thread that read
         * the answer (or the caller's, when the answer was there before the producer returned), which saves a
         * thread hand-over per message but lets one blocking step after the cam: endpoint stall every
         * connection of that I/O thread. Only for routes that never block after the endpoint.
         *
         * Default: callbackPool.
         * One of: callbackPool, ioThread.
         * Group: producer (advanced).
         *
         * @param completeOn the <code>CamCompleteOn</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder completeOn(String completeOn) {
            doSetProperty("completeOn", completeOn);
            return this;
        }

        /**
         * Whether the producer should be started lazy (on the first message). By starting lazy you can use
         * this to allow CamelContext and routes to startup in situations where a producer may otherwise fail
         * during starting and cause the route to fail being started. By deferring this startup to be lazy then
         * the startup failure can be handled during routing messages via Camel's routing error handlers.
         * Beware that when the first message is processed then creating and starting the producer may take a
         * little time and prolong the total processing time of the processing.
         *
         * Default: false.
         * Group: producer (advanced).
         *
         * @param lazyStartProducer the <code>boolean</code> value
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder lazyStartProducer(boolean lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * Whether the producer should be started lazy (on the first message). By starting lazy you can use
         * this to allow CamelContext and routes to startup in situations where a producer may otherwise fail
         * during starting and cause the route to fail being started. By deferring this startup to be lazy then
         * the startup failure can be handled during routing messages via Camel's routing error handlers.
         * Beware that when the first message is processed then creating and starting the producer may take a
         * little time and prolong the total processing time of the processing.
         *
         * Default: false.
         * Group: producer (advanced).
         *
         * @param lazyStartProducer the <code>boolean</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder lazyStartProducer(String lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * The clock current, next and quick-call expiry are read from; a fixed Clock makes tests independent
         * of the date. Default: the system clock.
         *
         * Group: advanced.
         *
         * @param clock the <code>Clock</code> value
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder clock(Clock clock) {
            doSetProperty("clock", clock);
            return this;
        }

        /**
         * The clock current, next and quick-call expiry are read from; a fixed Clock makes tests independent
         * of the date. Default: the system clock.
         *
         * Group: advanced.
         *
         * @param clock the <code>Clock</code> value, as text: a property placeholder or a #bean reference
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder clock(String clock) {
            doSetProperty("clock", clock);
            return this;
        }

        /**
         * How long a request waits for a free pooled connection when maxConnections are all busy.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param connectionRequestTimeout the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder connectionRequestTimeout(long connectionRequestTimeout) {
            doSetProperty("connectionRequestTimeout", connectionRequestTimeout);
            return this;
        }

        /**
         * How long a request waits for a free pooled connection when maxConnections are all busy.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param connectionRequestTimeout the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder connectionRequestTimeout(String connectionRequestTimeout) {
            doSetProperty("connectionRequestTimeout", connectionRequestTimeout);
            return this;
        }

        /**
         * How long to wait for a TCP (and TLS) connection to CAM.
         *
         * Default: 10s.
         * Group: advanced.
         *
         * @param connectTimeout the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * How long to wait for a TCP (and TLS) connection to CAM.
         *
         * Default: 10s.
         * Group: advanced.
         *
         * @param connectTimeout the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * The most connections open to CAM at once for calls, which is also the most calls in flight. Shared
         * by all endpoints with the same connection settings. Streamed exportUsers bodies have up to 4
         * connections of their own besides.
         *
         * Default: 64.
         * Group: advanced.
         *
         * @param maxConnections the <code>int</code> value
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder maxConnections(int maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The most connections open to CAM at once for calls, which is also the most calls in flight. Shared
         * by all endpoints with the same connection settings. Streamed exportUsers bodies have up to 4
         * connections of their own besides.
         *
         * Default: 64.
         * Group: advanced.
         *
         * @param maxConnections the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder maxConnections(String maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The largest JSON answer read, in bytes (default 16 MiB): a bigger one fails the exchange with a
         * CamResponseException before it can fill the heap. A streamed exportUsers CSV is not bounded by this:
         * it is read from the socket as it is read, holding 8 KiB.
         *
         * Default: 16777216.
         * Group: advanced.
         *
         * @param maxResponseSize the <code>long</code> value
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder maxResponseSize(long maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The largest JSON answer read, in bytes (default 16 MiB): a bigger one fails the exchange with a
         * CamResponseException before it can fill the heap. A streamed exportUsers CSV is not bounded by this:
         * it is read from the socket as it is read, holding 8 KiB.
         *
         * Default: 16777216.
         * Group: advanced.
         *
         * @param maxResponseSize the <code>long</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder maxResponseSize(String maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The longest Retry-After honoured; a longer one fails the call at once.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param maxRetryAfter the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder maxRetryAfter(long maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * The longest Retry-After honoured; a longer one fails the call at once.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param maxRetryAfter the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder maxRetryAfter(String maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * Extra attempts for read operations (getConferenceRooms, getConferenceMaster,
         * getConferenceRoomStatus, exportUsers) after a transient failure: no connection, response timeout, a
         * connection that broke off (for exportUsers: before the CSV began to arrive), HTTP 429/502/503/504. 0
         * disables.
         *
         * Default: 2.
         * Group: advanced.
         *
         * @param readRetries the <code>int</code> value
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder readRetries(int readRetries) {
            doSetProperty("readRetries", readRetries);
            return this;
        }

        /**
         * Extra attempts for read operations (getConferenceRooms, getConferenceMaster,
         * getConferenceRoomStatus, exportUsers) after a transient failure: no connection, response timeout, a
         * connection that broke off (for exportUsers: before the CSV began to arrive), HTTP 429/502/503/504. 0
         * disables.
         *
         * Default: 2.
         * Group: advanced.
         *
         * @param readRetries the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder readRetries(String readRetries) {
            doSetProperty("readRetries", readRetries);
            return this;
        }

        /**
         * How long to wait for CAM's answer once the request is sent (inactivity on the socket). Also how long
         * the reader of a streamed exportUsers body waits for its next byte.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param responseTimeout the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder responseTimeout(long responseTimeout) {
            doSetProperty("responseTimeout", responseTimeout);
            return this;
        }

        /**
         * How long to wait for CAM's answer once the request is sent (inactivity on the socket). Also how long
         * the reader of a streamed exportUsers body waits for its next byte.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param responseTimeout the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder responseTimeout(String responseTimeout) {
            doSetProperty("responseTimeout", responseTimeout);
            return this;
        }

        /**
         * Wait before the first retry, doubled for each further one, unless Retry-After asks for more.
         *
         * Default: 250ms.
         * Group: advanced.
         *
         * @param retryBackoff the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder retryBackoff(long retryBackoff) {
            doSetProperty("retryBackoff", retryBackoff);
            return this;
        }

        /**
         * Wait before the first retry, doubled for each further one, unless Retry-After asks for more.
         *
         * Default: 250ms.
         * Group: advanced.
         *
         * @param retryBackoff the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder retryBackoff(String retryBackoff) {
            doSetProperty("retryBackoff", retryBackoff);
            return this;
        }

        /**
         * Opt-in retry of write operations (sendMessage, sendMessages, createQuickCall, updateUsersCSV,
         * updateChatRoom) on answers by which CAM says it did not process the request: a comma-separated
         * subset of 429, 503 and connect (could not connect). Never on timeouts or broken connections, where
         * CAM may have processed the request.
         *
         * Group: advanced.
         *
         * @param retryOn the value
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder retryOn(String retryOn) {
            doSetProperty("retryOn", retryOn);
            return this;
        }

        /**
         * The time zone in which current and next are reckoned, e.g. Asia/Tokyo. Default: the JVM's.
         *
         * Group: advanced.
         *
         * @param timeZone the value
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder timeZone(String timeZone) {
            doSetProperty("timeZone", timeZone);
            return this;
        }

        /**
         * The most extra attempts of a write operation when retryOn applies.
         *
         * Default: 3.
         * Group: advanced.
         *
         * @param writeRetries the <code>int</code> value
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder writeRetries(int writeRetries) {
            doSetProperty("writeRetries", writeRetries);
            return this;
        }

        /**
         * The most extra attempts of a write operation when retryOn applies.
         *
         * Default: 3.
         * Group: advanced.
         *
         * @param writeRetries the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointProducerBuilder writeRetries(String writeRetries) {
            doSetProperty("writeRetries", writeRetries);
            return this;
        }
    }

    /** Builder for a cam: endpoint, consumer or producer. */
    interface CamEndpointBuilder extends CamEndpointConsumerBuilder, CamEndpointProducerBuilder {

        default AdvancedCamEndpointBuilder advanced() {
            return (AdvancedCamEndpointBuilder) this;
        }

        /**
         * getConferenceRoomStatus: yyyyMM (a month), yyyyMMdd (a day), current (this month) or next (next
         * month), this month being read from the clock in timeZone.
         *
         * Default: current.
         * Group: common.
         *
         * @param month the value
         * @return this builder
         */
        default CamEndpointBuilder month(String month) {
            doSetProperty("month", month);
            return this;
        }

        /**
         * The CAM server URL, e.g. https://cam.example.com (on-premise CAMServer without TLS:
         * http://host:8080). Operations are appended as path segments.
         *
         * Required.
         * Group: common.
         *
         * @param serverUrl the value
         * @return this builder
         */
        default CamEndpointBuilder serverUrl(String serverUrl) {
            doSetProperty("serverUrl", serverUrl);
            return this;
        }

        /**
         * An HTTP proxy host to reach CAM through (plain HTTP is forwarded, https:// servers are reached
         * through CONNECT).
         *
         * Group: proxy.
         *
         * @param proxyHost the value
         * @return this builder
         */
        default CamEndpointBuilder proxyHost(String proxyHost) {
            doSetProperty("proxyHost", proxyHost);
            return this;
        }

        /**
         * The HTTP proxy port (1 to 65535). Default: 80.
         *
         * Group: proxy.
         *
         * @param proxyPort the <code>Integer</code> value
         * @return this builder
         */
        default CamEndpointBuilder proxyPort(Integer proxyPort) {
            doSetProperty("proxyPort", proxyPort);
            return this;
        }

        /**
         * The HTTP proxy port (1 to 65535). Default: 80.
         *
         * Group: proxy.
         *
         * @param proxyPort the <code>Integer</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointBuilder proxyPort(String proxyPort) {
            doSetProperty("proxyPort", proxyPort);
            return this;
        }

        /**
         * The user name for the proxy's Basic authentication. Needs proxyHost.
         *
         * Group: proxy.
         *
         * @param proxyUsername the value
         * @return this builder
         */
        default CamEndpointBuilder proxyUsername(String proxyUsername) {
            doSetProperty("proxyUsername", proxyUsername);
            return this;
        }

        /**
         * Also take the JVM's proxy system properties (http.proxyHost, https.proxyHost, http.nonProxyHosts,
         * ...) and, without sslContextParameters, its TLS ones (javax.net.ssl.trustStore, ...). proxyHost,
         * when set, wins.
         *
         * Default: false.
         * Group: proxy.
         *
         * @param useSystemProperties the <code>boolean</code> value
         * @return this builder
         */
        default CamEndpointBuilder useSystemProperties(boolean useSystemProperties) {
            doSetProperty("useSystemProperties", useSystemProperties);
            return this;
        }

        /**
         * Also take the JVM's proxy system properties (http.proxyHost, https.proxyHost, http.nonProxyHosts,
         * ...) and, without sslContextParameters, its TLS ones (javax.net.ssl.trustStore, ...). proxyHost,
         * when set, wins.
         *
         * Default: false.
         * Group: proxy.
         *
         * @param useSystemProperties the <code>boolean</code> value, as text: a property placeholder
         * @return this builder
         */
        default CamEndpointBuilder useSystemProperties(String useSystemProperties) {
            doSetProperty("useSystemProperties", useSystemProperties);
            return this;
        }

        /**
         * An administrator's API token for exportUsers and updateUsersCSV. Set on the component, one component
         * serves both kinds of operation and no token is ever written into a URI; without it, those operations
         * use apiToken.
         *
         * Secret: never logged.
         * Group: security.
         *
         * @param adminApiToken the value
         * @return this builder
         */
        default CamEndpointBuilder adminApiToken(String adminApiToken) {
            doSetProperty("adminApiToken", adminApiToken);
            return this;
        }

        /**
         * The API token from CAM's administration screen. exportUsers and updateUsersCSV need an
         * administrator's token (or adminApiToken). Sent only in the x-cam-apiToken header, never logged.
         *
         * Required.
         * Secret: never logged.
         * Group: security.
         *
         * @param apiToken the value
         * @return this builder
         */
        default CamEndpointBuilder apiToken(String apiToken) {
            doSetProperty("apiToken", apiToken);
            return this;
        }

        /**
         * The password for the proxy's Basic authentication. Needs proxyUsername. Sent only to the proxy,
         * never logged.
         *
         * Secret: never logged.
         * Group: security.
         *
         * @param proxyPassword the value
         * @return this builder
         */
        default CamEndpointBuilder proxyPassword(String proxyPassword) {
            doSetProperty("proxyPassword", proxyPassword);
            return this;
        }

        /**
         * TLS settings (trust store, key store, protocols) for https:// servers.
         *
         * Group: security.
         *
         * @param sslContextParameters the <code>SSLContextParameters</code> value
         * @return this builder
         */
        default CamEndpointBuilder sslContextParameters(SSLContextParameters sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }

        /**
         * TLS settings (trust store, key store, protocols) for https:// servers.
         *
         * Group: security.
         *
         * @param sslContextParameters the <code>SSLContextParameters</code> value, as text: a property placeholder or a #bean reference
         * @return this builder
         */
        default CamEndpointBuilder sslContextParameters(String sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }
    }

    /** The advanced options of a cam: endpoint, consumer or producer. */
    interface AdvancedCamEndpointBuilder extends AdvancedCamEndpointConsumerBuilder, AdvancedCamEndpointProducerBuilder {

        default CamEndpointBuilder basic() {
            return (CamEndpointBuilder) this;
        }

        /**
         * The clock current, next and quick-call expiry are read from; a fixed Clock makes tests independent
         * of the date. Default: the system clock.
         *
         * Group: advanced.
         *
         * @param clock the <code>Clock</code> value
         * @return this builder
         */
        default AdvancedCamEndpointBuilder clock(Clock clock) {
            doSetProperty("clock", clock);
            return this;
        }

        /**
         * The clock current, next and quick-call expiry are read from; a fixed Clock makes tests independent
         * of the date. Default: the system clock.
         *
         * Group: advanced.
         *
         * @param clock the <code>Clock</code> value, as text: a property placeholder or a #bean reference
         * @return this builder
         */
        default AdvancedCamEndpointBuilder clock(String clock) {
            doSetProperty("clock", clock);
            return this;
        }

        /**
         * How long a request waits for a free pooled connection when maxConnections are all busy.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param connectionRequestTimeout the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointBuilder connectionRequestTimeout(long connectionRequestTimeout) {
            doSetProperty("connectionRequestTimeout", connectionRequestTimeout);
            return this;
        }

        /**
         * How long a request waits for a free pooled connection when maxConnections are all busy.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param connectionRequestTimeout the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointBuilder connectionRequestTimeout(String connectionRequestTimeout) {
            doSetProperty("connectionRequestTimeout", connectionRequestTimeout);
            return this;
        }

        /**
         * How long to wait for a TCP (and TLS) connection to CAM.
         *
         * Default: 10s.
         * Group: advanced.
         *
         * @param connectTimeout the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * How long to wait for a TCP (and TLS) connection to CAM.
         *
         * Default: 10s.
         * Group: advanced.
         *
         * @param connectTimeout the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * The most connections open to CAM at once for calls, which is also the most calls in flight. Shared
         * by all endpoints with the same connection settings. Streamed exportUsers bodies have up to 4
         * connections of their own besides.
         *
         * Default: 64.
         * Group: advanced.
         *
         * @param maxConnections the <code>int</code> value
         * @return this builder
         */
        default AdvancedCamEndpointBuilder maxConnections(int maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The most connections open to CAM at once for calls, which is also the most calls in flight. Shared
         * by all endpoints with the same connection settings. Streamed exportUsers bodies have up to 4
         * connections of their own besides.
         *
         * Default: 64.
         * Group: advanced.
         *
         * @param maxConnections the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointBuilder maxConnections(String maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The largest JSON answer read, in bytes (default 16 MiB): a bigger one fails the exchange with a
         * CamResponseException before it can fill the heap. A streamed exportUsers CSV is not bounded by this:
         * it is read from the socket as it is read, holding 8 KiB.
         *
         * Default: 16777216.
         * Group: advanced.
         *
         * @param maxResponseSize the <code>long</code> value
         * @return this builder
         */
        default AdvancedCamEndpointBuilder maxResponseSize(long maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The largest JSON answer read, in bytes (default 16 MiB): a bigger one fails the exchange with a
         * CamResponseException before it can fill the heap. A streamed exportUsers CSV is not bounded by this:
         * it is read from the socket as it is read, holding 8 KiB.
         *
         * Default: 16777216.
         * Group: advanced.
         *
         * @param maxResponseSize the <code>long</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointBuilder maxResponseSize(String maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The longest Retry-After honoured; a longer one fails the call at once.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param maxRetryAfter the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointBuilder maxRetryAfter(long maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * The longest Retry-After honoured; a longer one fails the call at once.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param maxRetryAfter the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointBuilder maxRetryAfter(String maxRetryAfter) {
            doSetProperty("maxRetryAfter", maxRetryAfter);
            return this;
        }

        /**
         * Extra attempts for read operations (getConferenceRooms, getConferenceMaster,
         * getConferenceRoomStatus, exportUsers) after a transient failure: no connection, response timeout, a
         * connection that broke off (for exportUsers: before the CSV began to arrive), HTTP 429/502/503/504. 0
         * disables.
         *
         * Default: 2.
         * Group: advanced.
         *
         * @param readRetries the <code>int</code> value
         * @return this builder
         */
        default AdvancedCamEndpointBuilder readRetries(int readRetries) {
            doSetProperty("readRetries", readRetries);
            return this;
        }

        /**
         * Extra attempts for read operations (getConferenceRooms, getConferenceMaster,
         * getConferenceRoomStatus, exportUsers) after a transient failure: no connection, response timeout, a
         * connection that broke off (for exportUsers: before the CSV began to arrive), HTTP 429/502/503/504. 0
         * disables.
         *
         * Default: 2.
         * Group: advanced.
         *
         * @param readRetries the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointBuilder readRetries(String readRetries) {
            doSetProperty("readRetries", readRetries);
            return this;
        }

        /**
         * How long to wait for CAM's answer once the request is sent (inactivity on the socket). Also how long
         * the reader of a streamed exportUsers body waits for its next byte.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param responseTimeout the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointBuilder responseTimeout(long responseTimeout) {
            doSetProperty("responseTimeout", responseTimeout);
            return this;
        }

        /**
         * How long to wait for CAM's answer once the request is sent (inactivity on the socket). Also how long
         * the reader of a streamed exportUsers body waits for its next byte.
         *
         * Default: 30s.
         * Group: advanced.
         *
         * @param responseTimeout the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointBuilder responseTimeout(String responseTimeout) {
            doSetProperty("responseTimeout", responseTimeout);
            return this;
        }

        /**
         * Wait before the first retry, doubled for each further one, unless Retry-After asks for more.
         *
         * Default: 250ms.
         * Group: advanced.
         *
         * @param retryBackoff the duration in milliseconds (long)
         * @return this builder
         */
        default AdvancedCamEndpointBuilder retryBackoff(long retryBackoff) {
            doSetProperty("retryBackoff", retryBackoff);
            return this;
        }

        /**
         * Wait before the first retry, doubled for each further one, unless Retry-After asks for more.
         *
         * Default: 250ms.
         * Group: advanced.
         *
         * @param retryBackoff the duration in milliseconds (long), as text: a property placeholder or a duration such as 30s, 5m or 1h
         * @return this builder
         */
        default AdvancedCamEndpointBuilder retryBackoff(String retryBackoff) {
            doSetProperty("retryBackoff", retryBackoff);
            return this;
        }

        /**
         * Opt-in retry of write operations (sendMessage, sendMessages, createQuickCall, updateUsersCSV,
         * updateChatRoom) on answers by which CAM says it did not process the request: a comma-separated
         * subset of 429, 503 and connect (could not connect). Never on timeouts or broken connections, where
         * CAM may have processed the request.
         *
         * Group: advanced.
         *
         * @param retryOn the value
         * @return this builder
         */
        default AdvancedCamEndpointBuilder retryOn(String retryOn) {
            doSetProperty("retryOn", retryOn);
            return this;
        }

        /**
         * The time zone in which current and next are reckoned, e.g. Asia/Tokyo. Default: the JVM's.
         *
         * Group: advanced.
         *
         * @param timeZone the value
         * @return this builder
         */
        default AdvancedCamEndpointBuilder timeZone(String timeZone) {
            doSetProperty("timeZone", timeZone);
            return this;
        }

        /**
         * The most extra attempts of a write operation when retryOn applies.
         *
         * Default: 3.
         * Group: advanced.
         *
         * @param writeRetries the <code>int</code> value
         * @return this builder
         */
        default AdvancedCamEndpointBuilder writeRetries(int writeRetries) {
            doSetProperty("writeRetries", writeRetries);
            return this;
        }

        /**
         * The most extra attempts of a write operation when retryOn applies.
         *
         * Default: 3.
         * Group: advanced.
         *
         * @param writeRetries the <code>int</code> value, as text: a property placeholder
         * @return this builder
         */
        default AdvancedCamEndpointBuilder writeRetries(String writeRetries) {
            doSetProperty("writeRetries", writeRetries);
            return this;
        }
    }

    /**
     * A {@code cam:} endpoint of the given operation, e.g. {@code cam("sendMessage").room("ops")}: use it in
     * {@code to(...)} or {@code from(...)} of any RouteBuilder.
     *
     * @param operation the CAM operation to call, one of sendMessage, sendMessages, createQuickCall, exportUsers, updateUsersCSV, updateChatRoom, getConferenceRooms, getConferenceMaster, getConferenceRoomStatus
     */
    static CamEndpointBuilder cam(String operation) {
        class CamEndpointBuilderImpl extends CamEndpointBuilderSupport implements CamEndpointBuilder,
                AdvancedCamEndpointBuilder {
            CamEndpointBuilderImpl(String operation) {
                super(operation);
            }
        }
        return new CamEndpointBuilderImpl(operation);
    }
}
