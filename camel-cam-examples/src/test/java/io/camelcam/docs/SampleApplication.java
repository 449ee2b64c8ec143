package io.camelcam.docs;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.Main;

/**
 * A docs sample as a user runs it: camel-main binding the sample's properties file (its
 * {@code camel.component.cam.*} lines configure the component), the sample's routes, and the test's
 * overrides (the sandbox's URL and token in place of the real server and the environment's token).
 * The examples' own application.properties is not read.
 */
final class SampleApplication implements AutoCloseable {

    private final Main main = new Main();

    private SampleApplication(String propertiesLocation, Map<String, String> overrides, Map<String, Object> beans,
            RoutesBuilder... routes) throws Exception {
        main.setPropertyPlaceholderLocations(propertiesLocation);
        overrides.forEach(main::addOverrideProperty);
        beans.forEach(main::bind);
        for (RoutesBuilder builder : routes) {
            main.configure().addRoutesBuilder(builder);
        }
        main.start();
    }

    /**
     * Starts the routes with the properties at {@code propertiesLocation} (e.g.
     * {@code classpath:io/camelcam/docs/readme.properties}), {@code overrides} winning over them.
     */
    static SampleApplication start(String propertiesLocation, Map<String, String> overrides, Map<String, Object> beans,
            RoutesBuilder... routes) throws Exception {
        return new SampleApplication(propertiesLocation, overrides, beans, routes);
    }

    CamelContext context() {
        return main.getCamelContext();
    }

    @Override
    public void close() {
        main.stop();
    }
}
