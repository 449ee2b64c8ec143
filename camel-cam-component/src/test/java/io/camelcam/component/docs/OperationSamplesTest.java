package io.camelcam.component.docs;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelcam.component.CamComponent;
import io.camelcam.component.api.CamConstants;
import io.camelcam.sandbox.CamSandbox;
import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.SandboxChatRoom;
import io.camelcam.sandbox.SandboxUser;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the per-operation samples of docs/cam-component.adoc, in each of the three DSLs they are shown
 * in: the Java routes of OperationRoutes, and operations.camel.yaml and operations.camel.xml loaded as
 * route files (camel-yaml-dsl, camel-xml-io-dsl). Each DSL gets a CamelContext of its own, so all three
 * use the same endpoint names the page shows. The component is configured as the page says: server
 * URL, token and administrator's token on the component, none in a URI.
 */
class OperationSamplesTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    /** One CamelContext per DSL, started when a test first needs it: the sandbox's state is reset before each test. */
    static final Map<String, CamelContext> CONTEXTS = new HashMap<>();

    ProducerTemplate template;

    @AfterAll
    static void stopAll() {
        CONTEXTS.values().forEach(CamelContext::stop);
        CONTEXTS.clear();
    }

    void start(String dsl) throws Exception {
        CamelContext context = CONTEXTS.get(dsl);
        if (context == null) {
            context = routesIn(dsl);
            context.start();
            CONTEXTS.put(dsl, context);
        }
        template = context.createProducerTemplate();
    }

    static CamelContext routesIn(String dsl) throws Exception {
        CamelContext context = new DefaultCamelContext();
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(SANDBOX.url());
        cam.getConfiguration().setApiToken(SANDBOX.userToken());
        cam.getConfiguration().setAdminApiToken(SANDBOX.adminToken());
        context.addComponent("cam", cam);
        switch (dsl) {
            case "java" -> context.addRoutes(new OperationRoutes());
            case "yaml", "xml" -> PluginHelper.getRoutesLoader(context).loadRoutes(
                    PluginHelper.getResourceLoader(context).resolveResource("classpath:docs/operations.camel." + dsl));
            default -> throw new IllegalArgumentException(dsl);
        }
        return context;
    }

    Exchange send(String uri, Object body) {
        Exchange out = template.send(uri, exchange -> exchange.getMessage().setBody(body));
        template.stop();
        assertThat(out.getException()).isNull();
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml", "xml" })
    void sendMessage(String dsl, CamSandbox sandbox) throws Exception {
        start(dsl);
        send("direct:alert", "disk full on db1");

        assertThat(sandbox.messagesIn("ops")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("disk full on db1");
            assertThat(m.users()).containsExactly("oncall@example.com");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml", "xml" })
    void sendMessages(String dsl, CamSandbox sandbox) throws Exception {
        start(dsl);
        Exchange out = send("direct:digest", List.of("build 1 green", "build 2 red"));

        assertThat(sandbox.messagesIn("general")).extracting(ReceivedMessage::text)
                .containsExactly("build 1 green", "build 2 red");
        assertThat(out.getMessage().getHeader(CamConstants.MESSAGE_COUNT)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml", "xml" })
    void createQuickCall(String dsl, CamSandbox sandbox) throws Exception {
        start(dsl);
        Exchange out = send("direct:meeting", null);

        assertThat(out.getMessage().getBody(String.class)).isEqualTo("Join at " + sandbox.quickCalls().get(0).url());
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml", "xml" })
    void exportUsers(String dsl, CamSandbox sandbox) throws Exception {
        start(dsl);
        Exchange out = send("direct:users", null);

        assertThat(out.getMessage().getBody(List.class)).hasSize(sandbox.users().size());
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml", "xml" })
    void updateUsersCSV(String dsl, CamSandbox sandbox) throws Exception {
        start(dsl);
        Exchange out = send("direct:hr", "email,name\nnew.hire@example.com,New Hire\n");

        assertThat(out.getMessage().getHeader(CamConstants.USERS_CREATED)).isEqualTo(1);
        assertThat(sandbox.users()).extracting(SandboxUser::email).contains("new.hire@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml", "xml" })
    void updateChatRoom(String dsl, CamSandbox sandbox) throws Exception {
        start(dsl);
        Exchange out = send("direct:project", null);

        assertThat(sandbox.chatRooms()).filteredOn(room -> room.name().equals("Project X")).singleElement()
                .extracting(SandboxChatRoom::id).isEqualTo(out.getMessage().getHeader(CamConstants.CHAT_ROOM_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml", "xml" })
    void getConferenceMaster(String dsl, CamSandbox sandbox) throws Exception {
        start(dsl);
        Exchange out = send("direct:rooms", null);

        assertThat(out.getMessage().getHeader(CamConstants.RESULT_COUNT)).isEqualTo(sandbox.conferenceRooms().size());
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml", "xml" })
    void getConferenceRoomStatus(String dsl, CamSandbox sandbox) throws Exception {
        start(dsl);
        Exchange out = send("direct:schedule", null);

        YearMonth month = YearMonth.now(ZoneId.of("Asia/Tokyo"));
        assertThat(out.getMessage().getHeader(CamConstants.MONTH)).isEqualTo(month.format(DateTimeFormatter.ofPattern("yyyyMM")));
        assertThat(out.getMessage().getHeader(CamConstants.RESULT_COUNT)).isEqualTo(sandbox.reservations(month).size());
    }
}
