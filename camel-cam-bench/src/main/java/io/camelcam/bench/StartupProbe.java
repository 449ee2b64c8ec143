package io.camelcam.bench;

import java.lang.management.ManagementFactory;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.camelcam.component.CamComponent;

/**
 * One cold start, in a fresh JVM ({@link StartupBench} starts it): a CamelContext with one route
 * to {@code cam:sendMessage} or to {@code log:}, timed from the first line of main to the started
 * context. Starting a cam endpoint builds its client and pooled transport but connects nowhere.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        boolean cam = args[0].equals("cam");
        CamelContext context = new DefaultCamelContext();
        if (cam) {
            CamComponent component = new CamComponent();
            component.getConfiguration().setServerUrl("http://127.0.0.1:9");
            component.getConfiguration().setApiToken("startup-probe");
            context.addComponent("cam", component);
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(cam ? "cam:sendMessage?room=ops" : "log:startup");
            }
        });
        context.start();
        long nanos = System.nanoTime() - started;
        System.out.printf("RESULT startNanos=%d uptimeMillis=%d classes=%d%n", nanos,
                ManagementFactory.getRuntimeMXBean().getUptime(),
                ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
        context.close();
    }
}
