package io.camelcam.component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.annotations.SendDynamic;
import org.apache.camel.support.component.SendDynamicAwareSupport;
import org.apache.camel.util.StringHelper;

import io.camelcam.client.operation.SendMessage;
import io.camelcam.client.operation.SendMessages;
import io.camelcam.component.api.CamConstants;

/**
 * Lets {@code toD("cam:sendMessage?room=${header.room}")} reuse one endpoint and producer for every
 * room: the per-message options {@code room}, {@code users} and {@code sealed} of sendMessage and
 * sendMessages leave the URI and travel as their headers ({@link CamConstants#ROOM},
 * {@link CamConstants#USERS}, {@link CamConstants#SEALED}), which the binding already reads before the
 * endpoint's options. So the endpoints toD creates are one per operation and remaining options
 * (connection settings, batching, ...), not one per room, each with its pool and readiness check.
 * The headers the exchange had before are put back afterwards. Camel finds this class under
 * {@code META-INF/services/org/apache/camel/send-dynamic/cam}, generated from the annotation.
 */
@SendDynamic("cam")
public class CamSendDynamicAware extends SendDynamicAwareSupport {

    /** The options that vary per message, and the headers that carry them instead. */
    private static final Map<String, String> PER_MESSAGE = Map.of(
            "room", CamConstants.ROOM, "users", CamConstants.USERS, "sealed", CamConstants.SEALED);
    private static final Set<String> MESSAGE_OPERATIONS = Set.of(SendMessage.OPERATION, SendMessages.OPERATION);

    @Override
    public boolean isLenientProperties() {
        return false;
    }

    @Override
    public DynamicAwareEntry prepare(Exchange exchange, String uri, String originalUri) throws Exception {
        return new DynamicAwareEntry(uri, originalUri, endpointProperties(exchange, uri), null);
    }

    /** The URI without the per-message options, or null (no change) for other operations or none set. */
    @Override
    public String resolveStaticUri(Exchange exchange, DynamicAwareEntry entry) throws Exception {
        if (!MESSAGE_OPERATIONS.contains(operation(entry.getUri())) || perMessage(entry).isEmpty()) {
            return null;
        }
        Map<String, Object> remaining = new LinkedHashMap<>(entry.getProperties());
        remaining.keySet().removeAll(PER_MESSAGE.keySet());
        return asEndpointUri(exchange, entry.getUri(), remaining);
    }

    @Override
    public Processor createPreProcessor(Exchange exchange, DynamicAwareEntry entry) throws Exception {
        Map<String, Object> headers = perMessage(entry);
        if (!MESSAGE_OPERATIONS.contains(operation(entry.getUri())) || headers.isEmpty()) {
            return null;
        }
        Map<String, Object> previous = new LinkedHashMap<>();
        Message message = exchange.getMessage();
        headers.keySet().forEach(header -> previous.put(header, message.getHeader(header)));
        exchange.setProperty(PreviousHeaders.PROPERTY, new PreviousHeaders(previous));
        return ex -> ex.getMessage().getHeaders().putAll(headers);
    }

    @Override
    public Processor createPostProcessor(Exchange exchange, DynamicAwareEntry entry) throws Exception {
        if (!MESSAGE_OPERATIONS.contains(operation(entry.getUri())) || perMessage(entry).isEmpty()) {
            return null;
        }
        return ex -> {
            PreviousHeaders previous = ex.getProperty(PreviousHeaders.PROPERTY, PreviousHeaders.class);
            ex.removeProperty(PreviousHeaders.PROPERTY);
            if (previous != null) {
                previous.headers().forEach((header, value) -> {
                    if (value == null) {
                        ex.getMessage().removeHeader(header);
                    } else {
                        ex.getMessage().setHeader(header, value);
                    }
                });
            }
        };
    }

    /** The per-message options of the URI as headers. */
    private static Map<String, Object> perMessage(DynamicAwareEntry entry) {
        Map<String, Object> headers = new LinkedHashMap<>();
        PER_MESSAGE.forEach((option, header) -> {
            Object value = entry.getProperties().get(option);
            if (value != null) {
                headers.put(header, value);
            }
        });
        return headers;
    }

    /** {@code sendMessage} of {@code cam:sendMessage?room=ops} (or {@code cam://sendMessage?...}). */
    private static String operation(String uri) {
        String path = StringHelper.after(uri, ":", uri);
        path = StringHelper.before(path, "?", path);
        return path.startsWith("//") ? path.substring(2) : path;
    }

    /** The exchange's own values of the headers toD set for one send, restored after it. */
    private record PreviousHeaders(Map<String, Object> headers) {
        static final String PROPERTY = "CamelCamSendDynamicPreviousHeaders";
    }
}
