package io.camelcam.component.binding;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.ObjectHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camelcam.client.error.CamTransportException;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.CamUser;
import io.camelcam.client.model.UsersUpdateResult;
import io.camelcam.component.CamComponent;
import io.camelcam.component.CamTestSupport;
import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.RecordedRequest;
import io.camelcam.sandbox.SandboxUser;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateUsersCsvBindingTest extends CamTestSupport {

    @TempDir
    Path dir;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export").to("cam:exportUsers?apiToken={{cam.adminToken}}&path=all.csv");
                from("direct:exportList").to("cam:exportUsers?apiToken={{cam.adminToken}}&outputType=list");
                from("direct:exportIterator").to("cam:exportUsers?apiToken={{cam.adminToken}}&outputType=iterator");
                from("direct:exportAsUser").to("cam:exportUsers");
                from("direct:update").to("cam:updateUsersCSV?apiToken={{cam.adminToken}}");
                from("direct:roundTrip")
                        .to("cam:exportUsers?apiToken={{cam.adminToken}}")
                        .to("cam:updateUsersCSV?apiToken={{cam.adminToken}}");
                from("direct:roundTripStreaming").streamCache("false")
                        .to("cam:exportUsers?apiToken={{cam.adminToken}}")
                        .to("cam:updateUsersCSV?apiToken={{cam.adminToken}}");
            }
        };
    }

    @Test
    void updateFromCsvTextBytesAndFile() throws Exception {
        String csv = "email,name,department\r\nnew1@example.com,New One,Sales\r\nalice@example.com,Alice Renamed,\r\n";
        Exchange fromText = send("direct:update", csv);
        assertThat(fromText.getException()).isNull();
        assertThat(fromText.getMessage().getBody(UsersUpdateResult.class)).isEqualTo(new UsersUpdateResult(1, 1));
        assertThat(fromText.getMessage().getHeader(CamConstants.USERS_CREATED)).isEqualTo(1);

        Path file = dir.resolve("users.csv");
        Files.writeString(file, "\uFEFFemail,name\nnew2@example.com,From File\n", StandardCharsets.UTF_8);
        assertThat(send("direct:update", file.toFile()).getException()).isNull();
        assertThat(send("direct:update", "email\nnew3@example.com\n".getBytes(StandardCharsets.UTF_8)).getException()).isNull();

        assertThat(SANDBOX.sandbox().users()).extracting(SandboxUser::email)
                .contains("new1@example.com", "new2@example.com", "new3@example.com");
        assertThat(SANDBOX.sandbox().users()).filteredOn(u -> u.email().equals("alice@example.com"))
                .singleElement().satisfies(u -> assertThat(u.name()).isEqualTo("Alice Renamed"));
    }

    @Test
    void updateFromUsersAndMaps() {
        Exchange records = send("direct:update", List.of(CamUser.of("rec@example.com", "Record")));
        Exchange maps = send("direct:update", List.of(Map.of("email", "map@example.com", "role", "admin")));

        assertThat(records.getMessage().getBody(UsersUpdateResult.class).created()).isEqualTo(1);
        assertThat(maps.getMessage().getBody(UsersUpdateResult.class).created()).isEqualTo(1);
        assertThat(SANDBOX.sandbox().users()).filteredOn(u -> u.email().equals("map@example.com"))
                .singleElement().satisfies(u -> assertThat(u.role()).isEqualTo("admin"));
    }

    @Test
    void exportStreamFeedsUpdateInOneRoute() {
        int before = SANDBOX.sandbox().users().size();
        Exchange out = send("direct:roundTrip", null);

        assertThat(out.getException()).isNull();
        UsersUpdateResult result = out.getMessage().getBody(UsersUpdateResult.class);
        assertThat(result.created()).isZero();
        assertThat(result.updated()).isEqualTo(before);
    }

    @Test
    void anExportCutShortFailsTheRouteAndUploadsNothing() {
        SANDBOX.sandbox().faults().next(1).on("exportUsers").cutChunked();

        Exchange out = send("direct:roundTripStreaming", null);

        // the export's own failure, not "invalid CSV": the body broke off, and no row of it was sent
        assertThat(out.getException()).isExactlyInstanceOf(CamTransportException.class)
                .hasMessageContaining("CAM exportUsers").hasMessageContaining("bytes of the body");
        assertThat(SANDBOX.sandbox().requests()).extracting(RecordedRequest::operation).containsExactly("exportUsers");
    }

    @Test
    void withStreamCachingOnTheCutShortExportFailsWhileCachedWithTheSameCause() {
        SANDBOX.sandbox().faults().next(1).on("exportUsers").cutChunked();

        Exchange out = send("direct:roundTrip", null);

        // Camel's stream cache reads the export first and wraps what broke it; onException matches the cause
        assertThat(ObjectHelper.getException(CamTransportException.class, out.getException()))
                .isNotNull().hasMessageContaining("bytes of the body");
        assertThat(SANDBOX.sandbox().requests()).extracting(RecordedRequest::operation).containsExactly("exportUsers");
    }

    @Test
    void badCsvIsRefusedBeforeUpload() {
        assertRejected(send("direct:update", ""), "empty");
        assertRejected(send("direct:update", "name,department\nBob,Sales\n"), "email column");
        assertRejected(send("direct:update", "email,name\na@example.com,A,extra\n"), "line 2");
        assertRejected(send("direct:update", "email,nickname\na@example.com,A\n"), "nickname");
        assertRejected(send("direct:update", "email\nnot-an-address\n"), "not-an-address");
        assertRejected(send("direct:update", new byte[] {'e', 'm', 'a', 'i', 'l', '\n', (byte) 0xC3, (byte) 0x28, '\n'}), "UTF-8");
        assertRejected(send("direct:update", List.of(Map.of("mail", "x@example.com"))), "mail");
        assertRejected(send("direct:update", 3.14), "body");

        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }

    @Test
    void anAdministratorsTokenOnTheComponentServesTheUserApiWithoutATokenInAnyUri() throws Exception {
        CamComponent admin = new CamComponent();
        admin.getConfiguration().setServerUrl(SANDBOX.url());
        admin.getConfiguration().setApiToken(SANDBOX.userToken());
        admin.getConfiguration().setAdminApiToken(SANDBOX.adminToken());
        context.addComponent("camWithAdmin", admin);

        Exchange exported = send("camWithAdmin:exportUsers?outputType=list", null);
        Exchange sent = send("camWithAdmin:sendMessage?room=ops", "user API via the admin token, the rest via the user's");
        Exchange switched = send("camWithAdmin:sendMessage", List.of(CamUser.of("switch@example.com", "Switch")),
                CamConstants.OPERATION, "updateUsersCSV");

        assertThat(exported.getException()).isNull();
        assertThat(sent.getException()).isNull();
        assertThat(switched.getException()).isNull();
        assertThat(SANDBOX.sandbox().requests()).extracting(r -> r.operation() + " " + r.role())
                .containsExactly("exportUsers ADMIN", "sendMessage USER", "updateUsersCSV ADMIN");
    }

    private static void assertRejected(Exchange exchange, String text) {
        assertThat(exchange.getException()).isInstanceOf(CamValidationException.class).hasMessageContaining(text);
    }
}
