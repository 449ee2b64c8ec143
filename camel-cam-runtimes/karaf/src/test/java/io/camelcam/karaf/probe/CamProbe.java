package io.camelcam.karaf.probe;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.camel.Component;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PropertyBindingSupport;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs inside the OSGi framework: a CamelContext that finds the {@code cam} component by name,
 * configures it through its generated configurer, sends a message, reads the conference rooms and
 * asks the producer readiness check, all with classes loaded from the bundles. Takes
 * {@code serverUrl}, {@code apiToken} and {@code text}; answers what happened, as plain strings,
 * or {@code error} with the stack trace.
 */
final class CamProbe implements Function<Map<String, String>, Map<String, Object>> {

    private final BundleContext context;

    CamProbe(BundleContext context) {
        this.context = context;
    }

    @Override
    public Map<String, Object> apply(Map<String, String> args) {
        Map<String, Object> result = new LinkedHashMap<>();
        ClassLoader resolver = BundlesClassLoader.camelAndCam(context);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(resolver);
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.setApplicationContextClassLoader(resolver);
            Component cam = camel.getComponent("cam");
            PropertyConfigurer configurer = cam.getComponentPropertyConfigurer();
            PropertyBindingSupport.build().withConfigurer(configurer).withReflection(false).withIgnoreCase(true)
                    .bind(camel, cam, new LinkedHashMap<>(Map.of("serverUrl", args.get("serverUrl"), "apiToken", args.get("apiToken"))));
            camel.start();
            HealthCheckHelper.getHealthCheckRepository(camel, "producers").setEnabled(true);

            ProducerTemplate template = camel.createProducerTemplate();
            template.sendBody("cam:sendMessage?room=general", args.get("text"));
            List<?> rooms = template.requestBody("cam:getConferenceMaster", null, List.class);

            Bundle componentBundle = FrameworkUtil.getBundle(cam.getClass());
            result.put("componentClass", cam.getClass().getName());
            result.put("componentBundle", componentBundle == null ? "none" : componentBundle.getSymbolicName());
            result.put("configurer", configurer == null ? "none" : configurer.getClass().getName());
            result.put("rooms", rooms.stream().map(String::valueOf).toList());
            result.put("health", HealthCheckHelper.invoke(camel, check -> Map.of(),
                    check -> !check.getId().startsWith("producer:cam:"), "full").stream()
                    .map(HealthCheck.Result::getState).map(String::valueOf).toList());
        } catch (Exception | LinkageError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            result.put("error", trace.toString());
        } finally {
            thread.setContextClassLoader(before);
        }
        return result;
    }
}
