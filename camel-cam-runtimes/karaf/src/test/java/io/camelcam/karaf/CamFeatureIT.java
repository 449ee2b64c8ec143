package io.camelcam.karaf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.junit.CamSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Installs the bundles of the {@code camel-cam} Karaf feature, exactly as features.xml lists them,
 * into Apache Felix (the framework Karaf 4.4 runs on), with Camel's own jars wrapped by bnd
 * standing in for camel-karaf's {@code camel-core} feature and slf4j-api for Karaf's logging.
 * Every bundle must resolve and start; then a probe bundle sends to the sandbox from inside.
 */
class CamFeatureIT {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    static final String CAM_BUNDLE = "io.camelcam.camel-cam";
    static final String CAMEL_VERSION = "4.18.0";

    static Framework framework;
    static final List<Bundle> featureBundles = new ArrayList<>();

    @BeforeAll
    static void startFrameworkWithTheFeature() throws Exception {
        Path work = Path.of(System.getProperty("cam.osgi.work"));
        FeatureBundles files = new FeatureBundles(work.resolve("bundles"));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, work.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
        BundleContext context = framework.getBundleContext();

        List<Bundle> installed = new ArrayList<>();
        for (Path camel : files.jarsOfGroup("org.apache.camel")) {
            String artifactId = camel.getParent().getParent().getFileName().toString();
            String version = camel.getParent().getFileName().toString();
            installed.add(install(context, "wrap:mvn:org.apache.camel/" + artifactId + "/" + version,
                    files.wrap(camel, Map.of("Bundle-SymbolicName", "org.apache.camel." + artifactId,
                            "Bundle-Version", version, "Export-Package", "*;version=" + version))));
        }
        // Karaf's pax-logging exports org.slf4j; slf4j-api's own manifest wants an OSGi service-loader
        // extender (Aries SPI Fly) to find a provider, so here it exports the API only (no provider: NOP)
        Path slf4j = files.jarsOfGroup("org.slf4j").stream()
                .filter(p -> p.getFileName().toString().startsWith("slf4j-api-")).findFirst().orElseThrow();
        String slf4jVersion = slf4j.getParent().getFileName().toString();
        installed.add(install(context, "slf4j-api (Karaf: pax-logging)", files.wrap(slf4j, Map.of(
                "Bundle-SymbolicName", "slf4j.api", "Bundle-Version", slf4jVersion,
                "Export-Package", "org.slf4j.*;version=" + slf4jVersion, "-removeheaders", "Require-Capability,Provide-Capability"))));

        for (String location : FeatureBundles.bundleLocations(Path.of(System.getProperty("cam.features")), "camel-cam")) {
            FeatureBundles.BundleFile file = files.resolve(location);
            Bundle bundle = install(context, file.location(), file.file());
            featureBundles.add(bundle);
            installed.add(bundle);
        }
        installed.add(install(context, "probe", files.bundleOf("io.camelcam.karaf.probe", "io.camelcam.karaf.probe.ProbeActivator")));

        for (Bundle bundle : installed) {
            bundle.start();
        }
    }

    private static Bundle install(BundleContext context, String location, Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return context.installBundle(location, in);
        }
    }

    @AfterAll
    static void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(30_000);
        }
    }

    private static Bundle camBundle() {
        return featureBundles.stream().filter(b -> CAM_BUNDLE.equals(b.getSymbolicName())).findFirst().orElseThrow();
    }

    @Test
    void everyBundleOfTheFeatureIsActive() {
        assertThat(featureBundles).hasSize(10)
                .allSatisfy(b -> assertThat(b.getState()).as(b.getLocation()).isEqualTo(Bundle.ACTIVE));
        assertThat(camBundle().getLocation()).isEqualTo("mvn:io.camelcam/camel-cam/0.1.0-SNAPSHOT");
    }

    @Test
    void exportsTheApiAndKeepsTheInternalsPrivate() {
        List<String> exported = camBundle().adapt(BundleRevision.class).getDeclaredCapabilities(BundleRevision.PACKAGE_NAMESPACE)
                .stream().map(c -> (String) c.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE)).toList();

        assertThat(exported).containsExactlyInAnyOrder("io.camelcam.client", "io.camelcam.client.contract", "io.camelcam.client.csv", "io.camelcam.client.error", "io.camelcam.client.json",
                "io.camelcam.client.model", "io.camelcam.client.operation", "io.camelcam.client.validation", "io.camelcam.component", "io.camelcam.component.api", "io.camelcam.component.binding", "io.camelcam.component.console",
                "io.camelcam.component.consumer", "io.camelcam.component.dsl");
        assertThat(camBundle().getEntry("io/camelcam/client/internal/AnswerReader.class")).isNotNull();
        assertThat(camBundle().getEntry("META-INF/services/org/apache/camel/component/cam")).isNotNull();
    }

    @Test
    void importsAreWiredToTheBundlesOfTheFeatureAndCamel() {
        Map<String, Bundle> providers = new HashMap<>();
        for (BundleWire wire : camBundle().adapt(BundleWiring.class).getRequiredWires(BundleRevision.PACKAGE_NAMESPACE)) {
            BundleCapability capability = wire.getCapability();
            providers.put((String) capability.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE), wire.getProvider().getBundle());
        }

        assertThat(providers.get("org.apache.camel.support").getSymbolicName()).isEqualTo("org.apache.camel.camel-support");
        assertThat(providers.get("org.apache.camel.impl.health").getSymbolicName()).isEqualTo("org.apache.camel.camel-health");
        assertThat(providers.get("org.apache.camel").getVersion()).isEqualTo(Version.parseVersion(CAMEL_VERSION));
        assertThat(providers.get("com.fasterxml.jackson.databind").getSymbolicName()).isEqualTo("com.fasterxml.jackson.core.jackson-databind");
        assertThat(providers.get("org.apache.commons.csv").getSymbolicName()).isEqualTo("org.apache.commons.commons-csv");
        assertThat(providers.get("org.apache.hc.client5.http.impl.async").getSymbolicName())
                .isEqualTo("org.apache.httpcomponents.client5.httpclient5");
        assertThat(providers.get("org.apache.hc.core5.http2").getSymbolicName()).isEqualTo("org.apache.httpcomponents.core5.httpcore5-h2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCamelContextInsideTheFrameworkSendsToCam() throws Exception {
        BundleContext context = framework.getBundleContext();
        ServiceReference<?> reference = context.getServiceReferences(Function.class.getName(), "(cam.probe=true)")[0];
        Function<Map<String, String>, Map<String, Object>> probe = (Function<Map<String, String>, Map<String, Object>>) context.getService(reference);

        Map<String, Object> result = probe.apply(Map.of("serverUrl", SANDBOX.url(), "apiToken", SANDBOX.userToken(),
                "text", "hello from OSGi"));

        assertThat(result).doesNotContainKey("error");
        assertThat(result).containsEntry("componentClass", "io.camelcam.component.CamComponent")
                .containsEntry("componentBundle", CAM_BUNDLE)
                .containsEntry("configurer", "io.camelcam.component.CamComponentConfigurer")
                .containsEntry("health", List.of("UP"));
        assertThat((List<String>) result.get("rooms")).hasSize(5).anySatisfy(r -> assertThat(r).contains("Osaka Room"));
        assertThat(SANDBOX.sandbox().messagesIn("general")).extracting(ReceivedMessage::text).containsExactly("hello from OSGi");
    }
}
