package io.camelcam.karaf.probe;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Finds classes and resources in a list of bundles, the camel-cam bundle first. Camel looks its
 * factories up by resource name ({@code META-INF/services/org/apache/camel/...}); in Karaf,
 * camel-karaf's camel-core-osgi does that across bundles. The test runs without camel-karaf, so this does
 * the same lookup for it, and nothing else: every class still comes from a bundle's own loader.
 */
final class BundlesClassLoader extends ClassLoader {

    static final String CAM_BUNDLE = "io.camelcam.camel-cam";

    private final List<Bundle> bundles;

    private BundlesClassLoader(List<Bundle> bundles) {
        super(null);
        this.bundles = bundles;
    }

    /** The camel-cam bundle, then every Camel bundle. */
    static BundlesClassLoader camelAndCam(BundleContext context) {
        List<Bundle> ordered = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (CAM_BUNDLE.equals(bundle.getSymbolicName())) {
                ordered.add(0, bundle);
            } else if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("org.apache.camel.")) {
                ordered.add(bundle);
            }
        }
        return new BundlesClassLoader(ordered);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (Bundle bundle : bundles) {
            try {
                return bundle.loadClass(name);
            } catch (ClassNotFoundException notHere) {
                // try the next bundle
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (Bundle bundle : bundles) {
            URL url = bundle.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Bundle bundle : bundles) {
            Enumeration<URL> found = bundle.getResources(name);
            if (found != null) {
                urls.addAll(Collections.list(found));
            }
        }
        return Collections.enumeration(urls);
    }
}
