package io.camelcam.component;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelcam.component.api.CamConstants;
import io.camelcam.testing.LogCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Plain http:// works (on-premise CAMServer on port 8080) and warns, once per endpoint however many
 * messages it sends, that the token travels unencrypted; a server on this machine (loopback) does not
 * make the token cross a network, so it gets no warning.
 */
class PlainHttpWarningTest extends CamTestSupport {

    @Test
    void oneWarningPerEndpointNoMatterHowManyMessages() throws Exception {
        // the sandbox listens on loopback: a relay on one of this machine's network addresses stands in for
        // a CAM server elsewhere on the network
        Optional<InetAddress> network = networkAddress();
        assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
        List<String> warnings;
        try (TcpRelay relay = TcpRelay.start(network.get().getHostAddress(), SANDBOX.sandbox().port());
             LogCapture log = LogCapture.open()) {
            String remote = "http://" + network.get().getHostAddress() + ":" + relay.port();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:ops").to("cam:sendMessage?room=ops&serverUrl=" + remote);
                    from("direct:general").to("cam:sendMessage?room=general&serverUrl=" + remote);
                    from("direct:local").to("cam:sendMessage?room=test");
                }
            });
            for (int i = 0; i < 50; i++) {
                template.sendBody("direct:ops", "ops " + i);
                template.sendBody("direct:general", "general " + i);
                template.sendBody("direct:local", "local " + i);
            }
            // another operation through the same endpoint is still the same endpoint
            template.sendBodyAndHeader("direct:ops", List.of("a", "b"), CamConstants.OPERATION, "sendMessages");
            warnings = log.lines().stream().filter(line -> line.startsWith("WARN ") && line.contains("plain HTTP")).toList();

            assertThat(warnings).hasSize(2).allSatisfy(line -> assertThat(line)
                    .startsWith("WARN io.camelcam.client.CamClient")
                    .contains(remote)
                    .contains("the API token travels unencrypted")
                    .doesNotContain(SANDBOX.userToken()));
        }
        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(52);
        assertThat(SANDBOX.sandbox().messagesIn("general")).hasSize(50);
        assertThat(SANDBOX.sandbox().messagesIn("test")).hasSize(50);
    }

    /** An IPv4 address of this machine that is not loopback, if it has one. */
    private static Optional<InetAddress> networkAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
