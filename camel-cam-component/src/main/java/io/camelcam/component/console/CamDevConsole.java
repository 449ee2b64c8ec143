package io.camelcam.component.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

import io.camelcam.component.CamComponent;
import io.camelcam.component.ReadinessStatus;
import io.camelcam.component.TransportStatus;
import io.camelcam.component.consumer.CamChangeConsumer;

/**
 * The {@code cam} dev console: for every cam component of the context, its HTTP transports
 * (pooled connections, calls, failures by exception type, the last failure), its producer readiness
 * checks, and every change consumer's state key, baseline size and last poll. Built only from
 * {@link TransportStatus}, {@link ReadinessStatus} and the consumers' figures, none of which holds a
 * token or proxy password. Camel finds it when camel-console is on the class path.
 */
@DevConsole(name = "cam", displayName = "Chat&Messenger", description = "CAM transports, readiness and change consumers")
public class CamDevConsole extends AbstractDevConsole {

    public CamDevConsole() {
        super("camel", "cam", "Chat&Messenger", "CAM transports, readiness and change consumers");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, CamComponent> named : components().entrySet()) {
            text.append("Component ").append(named.getKey()).append('\n');
            for (TransportStatus t : named.getValue().transportStatus()) {
                text.append("  Transport: ").append(t.connectionSettings()).append('\n')
                        .append("    Connections: leased ").append(t.leased()).append(", available ").append(t.available())
                        .append(", pending ").append(t.pending()).append(", max ").append(t.max()).append('\n')
                        .append("    Users: ").append(t.users()).append(", restarts: ").append(t.restarts()).append('\n')
                        .append("    Calls: ").append(t.calls()).append(", failures: ").append(t.failures());
                if (!t.failuresByType().isEmpty()) {
                    text.append(' ').append(t.failuresByType());
                }
                text.append('\n');
                if (t.lastCallFailure() != null) {
                    text.append("    Last call failure: ").append(t.lastCallFailure()).append('\n');
                }
                if (t.lastFailure() != null) {
                    text.append("    Last I/O thread failure: ").append(t.lastFailure()).append('\n');
                }
            }
            for (ReadinessStatus r : named.getValue().readinessStatus()) {
                text.append("  Readiness ").append(r.checkId()).append(": ").append(r.state());
                if (r.message() != null) {
                    text.append(" (").append(r.message()).append(')');
                }
                text.append('\n');
            }
        }
        for (Map.Entry<Route, CamChangeConsumer<?>> entry : consumers().entrySet()) {
            CamChangeConsumer<?> consumer = entry.getValue();
            CamChangeConsumer.PollOutcome poll = consumer.getLastPoll();
            text.append("Consumer of route ").append(entry.getKey().getRouteId()).append('\n')
                    .append("  State key: ").append(consumer.getStateKey()).append('\n')
                    .append("  Baseline size: ").append(consumer.getBaselineSize()).append('\n')
                    .append("  Last poll: ").append(poll == null ? "none yet" : poll.at() + " " + poll.outcome()).append('\n');
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        JsonArray components = new JsonArray();
        for (Map.Entry<String, CamComponent> named : components().entrySet()) {
            JsonObject component = new JsonObject();
            component.put("name", named.getKey());
            JsonArray transports = new JsonArray();
            for (TransportStatus t : named.getValue().transportStatus()) {
                JsonObject transport = new JsonObject();
                transport.put("connectionSettings", t.connectionSettings());
                transport.put("leased", t.leased());
                transport.put("available", t.available());
                transport.put("pending", t.pending());
                transport.put("max", t.max());
                transport.put("users", t.users());
                transport.put("restarts", t.restarts());
                transport.put("calls", t.calls());
                transport.put("failures", t.failures());
                transport.put("failuresByType", new JsonObject(t.failuresByType()));
                transport.put("lastCallFailure", t.lastCallFailure());
                transport.put("lastIoThreadFailure", t.lastFailure());
                transports.add(transport);
            }
            component.put("transports", transports);
            JsonArray readiness = new JsonArray();
            for (ReadinessStatus r : named.getValue().readinessStatus()) {
                JsonObject check = new JsonObject();
                check.put("checkId", r.checkId());
                check.put("state", r.state());
                check.put("message", r.message());
                readiness.add(check);
            }
            component.put("readiness", readiness);
            components.add(component);
        }
        root.put("components", components);
        JsonArray consumers = new JsonArray();
        for (Map.Entry<Route, CamChangeConsumer<?>> entry : consumers().entrySet()) {
            CamChangeConsumer<?> consumer = entry.getValue();
            CamChangeConsumer.PollOutcome poll = consumer.getLastPoll();
            JsonObject json = new JsonObject();
            json.put("routeId", entry.getKey().getRouteId());
            json.put("stateKey", consumer.getStateKey());
            json.put("baselineSize", consumer.getBaselineSize());
            json.put("lastPollTime", poll == null ? null : poll.at().toString());
            json.put("lastPollOutcome", poll == null ? null : poll.outcome());
            consumers.add(json);
        }
        root.put("consumers", consumers);
        return root;
    }

    /** The cam components already created, by the name they are registered under (e.g. cam, camAdmin). */
    private Map<String, CamComponent> components() {
        CamelContext context = getCamelContext();
        Map<String, CamComponent> found = new TreeMap<>();
        for (String name : context.getComponentNames()) {
            Component component = context.hasComponent(name);
            if (component instanceof CamComponent cam) {
                found.put(name, cam);
            }
        }
        return found;
    }

    private Map<Route, CamChangeConsumer<?>> consumers() {
        Map<Route, CamChangeConsumer<?>> found = new LinkedHashMap<>();
        List<Route> routes = new ArrayList<>(getCamelContext().getRoutes());
        for (Route route : routes) {
            if (route.getConsumer() instanceof CamChangeConsumer<?> consumer) {
                found.put(route, consumer);
            }
        }
        return found;
    }
}
