package io.camelcam.karaf.probe;

import java.util.Hashtable;
import java.util.function.Function;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Activator of the probe bundle the test builds from this package: offers {@link CamProbe} as a
 * {@code java.util.function.Function} service, a type the test outside the framework shares with
 * the bundles inside (java.* is always the boot class path's).
 */
public class ProbeActivator implements BundleActivator {

    private ServiceRegistration<?> registration;

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("cam.probe", "true");
        registration = context.registerService(Function.class, new CamProbe(context), properties);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
    }
}
