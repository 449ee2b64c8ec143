package io.camelcam.examples;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.ProducerTemplate;

import io.camelcam.sandbox.CamSandbox;

/**
 * The examples application as a test runs it: the real camel-main set-up (application.properties,
 * the YAML route, the embedded broker), pointed at the test's sandbox like at any CAM server, with
 * its files in a temporary directory and its HTTP server on a free port.
 */
public final class RunningExamples implements AutoCloseable {

    private final CamExamples examples;
    private final ProducerTemplate producer;
    private final ConsumerTemplate consumer;

    private RunningExamples(CamExamples examples) {
        this.examples = examples;
        this.producer = examples.main().getCamelContext().createProducerTemplate();
        this.consumer = examples.main().getCamelContext().createConsumerTemplate();
    }

    /** Starts the examples against {@code sandbox}; {@code properties} override application.properties. */
    public static RunningExamples start(CamSandbox sandbox, Path workDir, Map<String, String> properties) throws Exception {
        return start(sandbox, workDir, properties, Map.of());
    }

    /** As above, with {@code beans} bound in the registry in place of the application's own (e.g. a fixed clock). */
    public static RunningExamples start(CamSandbox sandbox, Path workDir, Map<String, String> properties,
            Map<String, Object> beans) throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("cam.server-url", sandbox.url());
        all.put("cam.api-token", sandbox.userToken());
        all.put("cam.admin-token", sandbox.adminToken());
        all.put("examples.work-dir", workDir.toString());
        all.put("camel.server.port", String.valueOf(freePort()));
        all.putAll(properties);
        CamExamples examples = new CamExamples();
        all.forEach(examples.main()::addOverrideProperty);
        beans.forEach(examples.main()::bind);
        examples.main().start();
        return new RunningExamples(examples);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public CamelContext context() {
        return examples.main().getCamelContext();
    }

    public ProducerTemplate producer() {
        return producer;
    }

    public ConsumerTemplate consumer() {
        return consumer;
    }

    public EmbeddedServices services() {
        return examples.services();
    }

    /** A property as the application resolved it, e.g. {@code file-drop.inbox}. */
    public String property(String key) {
        return context().getPropertiesComponent().resolveProperty(key)
                .orElseThrow(() -> new IllegalArgumentException("no property " + key));
    }

    @Override
    public void close() throws Exception {
        producer.close();
        consumer.close();
        examples.main().stop();
    }
}
