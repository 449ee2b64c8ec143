package io.camelcam.component.docs;

import org.apache.camel.builder.RouteBuilder;

import io.camelcam.component.api.CamConstants;

/**
 * The Java samples of docs/cam-component.adoc, one tagged region per operation; operations.camel.yaml
 * and operations.camel.xml hold the same routes in YAML and XML. OperationSamplesTest runs all three.
 */
public class OperationRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::sendMessage[]
        from("direct:alert")
            .setHeader(CamConstants.USERS, constant("oncall@example.com"))
            .to("cam:sendMessage?room=ops");
        // end::sendMessage[]

        // tag::sendMessages[]
        from("direct:digest")
            .to("cam:sendMessages?room=general")
            .log("${header.CamelCamMessageCount} messages sent");
        // end::sendMessages[]

        // tag::createQuickCall[]
        from("direct:meeting")
            .to("cam:createQuickCall?expiresIn=30m")
            .setBody(simple("Join at ${header.CamelCamQuickCallUrl}"));
        // end::createQuickCall[]

        // tag::exportUsers[]
        from("direct:users")
            .to("cam:exportUsers?outputType=list")
            .log("${body.size()} users exported");
        // end::exportUsers[]

        // tag::updateUsersCSV[]
        from("direct:hr")
            .to("cam:updateUsersCSV")
            .log("created ${header.CamelCamUsersCreated}, updated ${header.CamelCamUsersUpdated}");
        // end::updateUsersCSV[]

        // tag::updateChatRoom[]
        from("direct:project")
            .setBody(constant("{\"name\": \"Project X\", \"isPublic\": false}"))
            .to("cam:updateChatRoom")
            .log("room ${header.CamelCamChatRoomId}");
        // end::updateChatRoom[]

        // tag::getConferenceMaster[]
        from("direct:rooms")
            .to("cam:getConferenceMaster")
            .log("${header.CamelCamResultCount} conference rooms");
        // end::getConferenceMaster[]

        // tag::getConferenceRoomStatus[]
        from("direct:schedule")
            .to("cam:getConferenceRoomStatus?month=current&timeZone=Asia/Tokyo")
            .log("${header.CamelCamResultCount} reservations in ${header.CamelCamMonth}");
        // end::getConferenceRoomStatus[]
    }
}
