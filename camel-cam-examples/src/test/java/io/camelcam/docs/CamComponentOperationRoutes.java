package io.camelcam.docs;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;

import io.camelcam.client.model.CamMessage;
import io.camelcam.client.model.ChatRoom;
import io.camelcam.component.api.CamConstants;

/** The per-operation Java routes of docs/cam-component.adoc, as the page shows them (DocsSamplesTest keeps them equal). */
public class CamComponentOperationRoutes extends RouteBuilder {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void configure() {
        // tag::send-message[]
        from("file:inbox?move=.done&moveFailed=.error")
            .to("cam:sendMessage?room=ops");

        from("direct:alert")
            .setHeader(CamConstants.USERS, constant("oncall@example.com"))
            .to("cam:sendMessage?room=ops&sealed=false");

        // a direct message, built in Java
        from("direct:dm")
            .setBody(exchange -> CamMessage.direct("Your report is ready", "alice@example.com"))
            .to("cam:sendMessage");
        // end::send-message[]

        // tag::send-messages[]
        from("file:outbox?include=.*\\.json&move=.done")
            .to("cam:sendMessages");

        from("direct:digest")
            .setBody(exchange -> List.of("build 1 green", "build 2 red"))
            .to("cam:sendMessages?room=ci");
        // end::send-messages[]

        // tag::quick-call[]
        from("platform-http:/meetings?httpMethodRestrict=POST")
            .setBody(exchange -> Map.of("expiresIn", "2h", "password", generatePassword()))
            .to("cam:createQuickCall")
            .setBody(simple("${header.CamelCamQuickCallUrl}"));
        // end::quick-call[]

        // tag::update-users[]
        from("file:hr-exports?include=.*\\.csv&move=.done&moveFailed=.error")
            .to("cam:updateUsersCSV")
            .log("created ${header.CamelCamUsersCreated}, updated ${header.CamelCamUsersUpdated}");
        // end::update-users[]

        // tag::update-chat-room[]
        from("direct:project")
            .setBody(exchange -> ChatRoom.named("Project " + exchange.getMessage().getHeader("project")))
            .to("cam:updateChatRoom")
            .log("room ${header.CamelCamChatRoomId}");
        // end::update-chat-room[]
    }

    /** The quick call's password: 16 random hex digits. */
    private static String generatePassword() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
