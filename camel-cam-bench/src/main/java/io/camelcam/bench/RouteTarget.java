package io.camelcam.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceHelper;

/**
 * B and C: an exchange with the message text as body, sent to a {@code direct:} route through the
 * route's asynchronous producer; the slot goes on when Camel calls back. For a blocking route (B's
 * camel-http) the call is made on one of {@code threads} driver threads, the thread pool a user
 * needs to get that many calls in flight with a blocking producer.
 */
final class RouteTarget implements SlotRunner.Target, AutoCloseable {

    private final Endpoint endpoint;
    private final AsyncProducer producer;
    private final ExecutorService threads;

    RouteTarget(CamelContext context, String uri, int threads) throws Exception {
        endpoint = context.getEndpoint(uri);
        producer = endpoint.createAsyncProducer();
        ServiceHelper.startService(producer);
        this.threads = threads == 0 ? null
                : new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>());
    }

    @Override
    public void send(SlotRunner.Completion done) {
        if (threads == null) {
            process(done);
        } else {
            threads.execute(() -> process(done));
        }
    }

    private void process(SlotRunner.Completion done) {
        Exchange exchange = endpoint.createExchange();
        exchange.getMessage().setBody(Payload.TEXT);
        producer.process(exchange, doneSync -> done.done(exchange.getException()));
    }

    @Override
    public void close() throws Exception {
        if (threads != null) {
            // waited for, so B's thousands of driver threads are gone before the next target's threads are counted
            threads.shutdown();
            if (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("driver threads still busy a minute after the last request");
            }
        }
        ServiceHelper.stopService(producer);
    }
}
