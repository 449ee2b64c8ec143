package io.camelcam.examples.usersync;

import org.apache.camel.PropertyInject;
import org.apache.camel.builder.RouteBuilder;

import io.camelcam.component.api.CamConstants;
import io.camelcam.examples.alerts.OpsAlertRoute;

/**
 * The nightly user sync: exports every user from CAM, applies the department renames HR decided
 * ({@code user-sync.renames}), and uploads only the users that changed. It streams from end to
 * end (export, transform, upload; stream caching off, or Camel would copy the export into the heap),
 * so a million users take no more memory than ten. The result is
 * reported in {@code user-sync.report-room}; a failure alerts ops ({@link OpsAlertRoute}).
 * <p>
 * {@code user-sync-nightly} runs it on the cron {@code user-sync.cron} when
 * {@code user-sync.nightly} is true; anything can run it at once by sending to
 * {@code direct:user-sync}.
 */
public class UserSyncRoute extends RouteBuilder {

    @PropertyInject("user-sync.renames")
    private String renames;

    @PropertyInject("user-sync.progress-every")
    private long progressEvery;

    @Override
    public void configure() {
        // tag::route[]
        from("quartz:user-sync?cron={{user-sync.cron}}")
                .routeId("user-sync-nightly")
                .autoStartup("{{user-sync.nightly}}")
                .to("direct:user-sync");

        from("direct:user-sync")
                .routeId("user-sync")
                .routeConfigurationId(OpsAlertRoute.CONFIGURATION_ID)
                // Camel's stream caching (on by default) would copy the whole export into the heap
                .streamCache("false")
                .to("cam:exportUsers")
                .process(new UserSyncTransform(renames, progressEvery))
                .choice()
                    .when(header(UserSyncTransform.USERS_CHANGED).isEqualTo(0L))
                        .log("user-sync: ${header.UserSyncRead} users read, none to update")
                    .otherwise()
                        .to("cam:updateUsersCSV")
                        .log("user-sync: ${header.UserSyncRead} users read, ${header." + CamConstants.USERS_UPDATED
                                + "} updated")
                        .setBody(simple("User sync: ${header." + CamConstants.USERS_UPDATED
                                + "} users moved to their renamed departments (${header.UserSyncRead} users checked)."))
                        .to("cam:sendMessage?room={{user-sync.report-room}}")
                .end();
        // end::route[]
    }
}
