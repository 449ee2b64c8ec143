package io.camelcam.component.binding;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camelcam.client.error.CamApiException;
import io.camelcam.client.error.CamTransportException;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.CamUser;
import io.camelcam.component.CamTestSupport;
import io.camelcam.component.api.CamConstants;

import static org.assertj.core.api.Assertions.assertThat;

class ExportUsersBindingTest extends CamTestSupport {

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
    void exportStreamsTheCsv() throws Exception {
        Exchange out = send("direct:export", null);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isInstanceOf(InputStream.class);
        assertThat(out.getMessage().getHeader(CamConstants.FILE_NAME)).isEqualTo("all.csv");
        String csv = new String(out.getMessage().getBody(InputStream.class).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst()).contains("email,name,password,department,position,phone,role,deleted");
        assertThat(csv).contains("alice@example.com");
        assertThat(csv.lines().count() - 1).isEqualTo(SANDBOX.sandbox().users().size());
    }

    @Test
    void exportAsListOrIterator() {
        List<?> users = send("direct:exportList", null).getMessage().getBody(List.class);
        Iterator<?> iterator = send("direct:exportIterator", null).getMessage().getBody(Iterator.class);

        assertThat(users).hasSize(SANDBOX.sandbox().users().size()).allMatch(CamUser.class::isInstance);
        assertThat(users).extracting(u -> ((CamUser) u).email()).contains("alice@example.com", "admin@example.com");
        int count = 0;
        while (iterator.hasNext()) {
            assertThat(iterator.next()).isInstanceOf(CamUser.class);
            count++;
        }
        assertThat(count).isEqualTo(users.size());
    }

    @Test
    void exportNeedsAnAdministratorToken() {
        Exchange out = send("direct:exportAsUser", null);

        assertThat(out.getException()).isInstanceOfSatisfying(CamApiException.class,
                e -> assertThat(e.hasErrorCode("806")).isTrue());
    }

    @Test
    void anExportReadAsAListFailsWithTheStreamsOwnException() {
        SANDBOX.sandbox().faults().next(1).on("exportUsers").cutChunked();

        assertThat(send("direct:exportList", null).getException()).isExactlyInstanceOf(CamTransportException.class)
                .hasMessageContaining("bytes of the body");
    }

    private static void assertRejected(Exchange exchange, String text) {
        assertThat(exchange.getException()).isInstanceOf(CamValidationException.class).hasMessageContaining(text);
    }
}
