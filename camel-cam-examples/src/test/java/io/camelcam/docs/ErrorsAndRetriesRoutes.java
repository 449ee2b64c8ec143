package io.camelcam.docs;

import org.apache.camel.builder.RouteBuilder;

import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamConnectException;
import io.camelcam.client.error.CamException;
import io.camelcam.client.error.CamHttpException;

/** The samples of docs/errors-and-retries.md, as the page shows them (DocsSamplesTest keeps them equal). */
public class ErrorsAndRetriesRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::redelivery[]
        // CAM certainly did not process it: try again with growing pauses, then park it
        onException(CamConnectException.class)
                .maximumRedeliveries(5).redeliveryDelay(1000).useExponentialBackOff().maximumRedeliveryDelay(30_000)
                .handled(true)
                .to("jms:queue:DLQ");

        onException(CamHttpException.class)
                .onWhen(simple("${exception.statusCode} == 429 || ${exception.statusCode} == 503"))
                .maximumRedeliveries(5).redeliveryDelay(1000).useExponentialBackOff().maximumRedeliveryDelay(30_000)
                .handled(true)
                .to("jms:queue:DLQ");

        // refused, invalid, or the outcome is unknown: once is enough; a person decides
        onException(CamException.class)
                .maximumRedeliveries(0)
                .handled(true)
                .to("jms:queue:DLQ");
        // end::redelivery[]

        // tag::error-codes[]
        // an unknown room is a configuration problem: park the message where someone looks
        onException(CamApiException.class)
                .onWhen(simple("${exception.hasErrorCode('404')}"))
                .handled(true)
                .setHeader("CamErrorCode", simple("${exception.errorCode}"))
                .to("jms:queue:cam.unknown-room");
        // end::error-codes[]

        // tag::retry-on[]
        // a busy CAM gets a second and third chance; a message is never posted twice by a retry
        from("jms:queue:notifications").to("cam:sendMessage?room=general&retryOn=429,503,connect");
        // end::retry-on[]

        from("direct:post").to("cam:sendMessage");
    }
}
