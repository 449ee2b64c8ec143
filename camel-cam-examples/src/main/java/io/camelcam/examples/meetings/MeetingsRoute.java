package io.camelcam.examples.meetings;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.PropertyInject;
import org.apache.camel.builder.RouteBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;

import io.camelcam.client.error.CamException;
import io.camelcam.client.error.CamValidationException;

/**
 * {@code POST /meetings} makes a fresh quick call for the in-house groupware: it answers with the
 * URL, expiry and password, and announces the call in a chat room.
 * <pre>
 * curl -X POST http://localhost:8180/meetings -H 'Content-Type: application/json' -d '{"title": "Design review"}'
 * {"url":"…/quick/…","expiresAt":"2026-11-29T10:15:00Z","password":"…","room":"general","announced":true}
 * </pre>
 * A bad request gets HTTP 400 and a failed call HTTP 502, each with {@code {"error": "..."}}. A
 * call made whose announcement fails is still returned ({@code "announced": false}): the
 * caller has a working call, and a retry would only make a second one.
 */
public class MeetingsRoute extends RouteBuilder {

    @PropertyInject("meetings.room")
    private String defaultRoom;

    @PropertyInject("meetings.expires-in")
    private String defaultExpiresIn;

    @Override
    public void configure() {
        Meetings meetings = new Meetings(defaultRoom, defaultExpiresIn);

        // the caller's to fix: not JSON, an unknown field, a title too long, a duration CAM's component refuses
        onException(JsonProcessingException.class, IllegalArgumentException.class, CamValidationException.class)
                .handled(true)
                .logExhausted(false)
                .log(LoggingLevel.WARN, "POST /meetings refused: ${exception.message}")
                .setBody(Meetings::error)
                .to("direct:meetings-answer")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400));

        // CAM's: no quick call was made
        onException(CamException.class)
                .handled(true)
                .logExhausted(false)
                .log(LoggingLevel.ERROR, "POST /meetings: no quick call: ${exception.message}")
                .setBody(Meetings::error)
                .to("direct:meetings-answer")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(502));

        // tag::route[]
        // muteException: a failure the handlers below do not answer gets a bare 500, never a stack trace
        from("platform-http:/meetings?httpMethodRestrict=POST&muteException=true")
                .routeId("meetings")
                // an empty POST asks for a call with every default
                .choice().when(body().isNull()).setBody(constant("{}")).end()
                .unmarshal().json(MeetingRequest.class)
                .process(meetings::prepare)
                .to("cam:createQuickCall")
                .process(meetings::announcement)
                .doTry()
                    .to("cam:sendMessage")
                    .setVariable(Meetings.ANNOUNCED, constant(true))
                .doCatch(CamException.class)
                    .log(LoggingLevel.WARN, "Quick call made but not announced: ${exception.message}")
                .end()
                .setBody(meetings::response)
                .to("direct:meetings-answer")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(201));
        // end::route[]

        // JSON, with none of the exchange's headers echoed back to the caller
        from("direct:meetings-answer")
                .routeId("meetings-answer")
                .removeHeaders("*")
                .marshal().json()
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));
    }
}
