package io.camelcam.component.dsl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Expression;
import org.apache.camel.NoSuchEndpointException;
import org.apache.camel.util.URISupport;

/**
 * What every {@code cam:} endpoint builder does with the options it is given: collect them, and make
 * the endpoint URI of them when Camel resolves the endpoint. A value that is not text, a number, a
 * boolean or an enum (a Clock, a StateRepository, SSLContextParameters) is bound in the registry and
 * referred to by {@code #name}, as Camel's own endpoint builders do.
 */
public abstract class CamEndpointBuilderSupport {

    private static final String SCHEME = "cam";

    private final String operation;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> multiValues = new LinkedHashMap<>();

    protected CamEndpointBuilderSupport(String operation) {
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("cam(operation): the operation is missing, e.g. cam(\"sendMessage\")");
        }
        this.operation = operation;
    }

    public void doSetProperty(String name, Object value) {
        properties.put(name, value);
    }

    public void doSetMultiValueProperty(String name, String key, Object value) {
        multiValues.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(key, value);
    }

    public void doSetMultiValueProperties(String name, String prefix, Map<String, Object> values) {
        values.forEach((key, value) -> doSetMultiValueProperty(name, prefix + key, value));
    }

    public Endpoint resolve(CamelContext context) throws NoSuchEndpointException {
        return context.getEndpoint(uri(context, true));
    }

    public <T extends Endpoint> T resolve(CamelContext context, Class<T> endpointType) throws NoSuchEndpointException {
        return endpointType.cast(resolve(context));
    }

    /** The URI as given, placeholders unresolved and nothing encoded; objects appear as {@code #bean} references. */
    public String getRawUri() {
        return uri(null, false);
    }

    /** For toD: the URI (placeholders and simple expressions left as written) as a simple expression. */
    public Expression expr(CamelContext context) {
        return context.resolveLanguage("simple").createExpression(uri(context, false));
    }

    private String uri(CamelContext context, boolean encode) {
        // sorted, so equal options make equal URIs and so one endpoint
        Map<String, Object> query = new TreeMap<>();
        addAll(query, properties, context);
        multiValues.values().forEach(values -> addAll(query, values, context));
        String base = SCHEME + ":" + operation;
        return query.isEmpty() ? base : base + "?" + URISupport.createQueryString(query, encode);
    }

    private static void addAll(Map<String, Object> query, Map<String, Object> options, CamelContext context) {
        options.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
                query.put(name, value.toString());
            } else if (context != null) {
                String bean = SCHEME + "-" + name + "-" + Integer.toHexString(System.identityHashCode(value));
                context.getRegistry().bind(bean, value);
                query.put(name, "#" + bean);
            } else {
                query.put(name, "#" + value.getClass().getSimpleName());
            }
        });
    }

    /** The URI with secrets masked: a builder may be logged or printed. */
    @Override
    public String toString() {
        return URISupport.sanitizeUri(getRawUri());
    }
}
