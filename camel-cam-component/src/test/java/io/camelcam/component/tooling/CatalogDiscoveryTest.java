package io.camelcam.component.tooling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.tooling.model.ComponentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.camelcam.component.CamComponent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What tooling sees of the jar: component.properties names the component and the jar, and the
 * catalog JSON, added to Camel's catalog as third-party components are, lets the catalog check
 * {@code cam:} URIs as it checks Camel's own.
 */
class CatalogDiscoveryTest {

    static final String SERVICES = "/META-INF/services/org/apache/camel/";
    static final CamelCatalog CATALOG = new DefaultCamelCatalog();

    @BeforeAll
    static void addOurComponent() throws IOException {
        Properties listing = listing();
        List<String> added = new ArrayList<>();
        for (String name : listing.getProperty("components").split(" ")) {
            Properties service = properties(SERVICES + "component/" + name);
            String className = service.getProperty("class");
            String json = text("/META-INF/" + className.substring(0, className.lastIndexOf('.')).replace('.', '/') + "/" + name + ".json");
            CATALOG.addComponent(name, className, json);
            added.add(name);
        }
        assertThat(added).containsExactly("cam");
    }

    static Properties listing() throws IOException {
        return properties(SERVICES + "component.properties");
    }

    @Test
    void componentPropertiesNamesTheComponentAndThisJar() throws IOException {
        Properties listing = listing();

        assertThat(listing.getProperty("components")).isEqualTo("cam");
        assertThat(listing.getProperty("groupId")).isEqualTo("io.camelcam");
        assertThat(listing.getProperty("artifactId")).isEqualTo("camel-cam");
        ComponentModel model = CATALOG.componentModel("cam");
        assertThat(listing.getProperty("version")).isEqualTo(model.getVersion()).doesNotContain("@");
        assertThat(listing.getProperty("projectName")).isEqualTo("camel-cam :: component");
        assertThat(listing.getProperty("projectDescription")).contains("Chat&Messenger");
        assertThat(model.getJavaType()).isEqualTo(CamComponent.class.getName());
    }

    @Test
    void aGoodUriPasses() {
        EndpointValidationResult result = CATALOG.validateEndpointProperties(
                "cam:sendMessage?serverUrl=https://cam.example.com&apiToken=t&room=ops&users=a@example.com&retryOn=429,503");

        assertThat(result.isSuccess()).as(result.summaryErrorMessage(true)).isTrue();
    }

    @Test
    void anUnknownOptionIsNamed() {
        EndpointValidationResult result = CATALOG.validateEndpointProperties("cam:sendMessage?room=x&bogus=1", true);

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getUnknown()).containsExactly("bogus");
        assertThat(result.summaryErrorMessage(false)).contains("bogus");
    }

    @Test
    void aMisspeltOperationAndABadValueAreNamed() {
        EndpointValidationResult result = CATALOG.validateEndpointProperties(
                "cam:sendMesage?serverUrl=https://cam.example.com&apiToken=t&sealed=maybe&batchTimeout=soon");

        assertThat(result.getInvalidEnum()).containsKey("operation");
        assertThat(result.getInvalidBoolean()).containsKey("sealed");
        assertThat(result.getInvalidDuration()).containsKey("batchTimeout");
    }

    @Test
    void theHeadersMarkedImportantAreTheOnesRoutesUseMost() {
        assertThat(CATALOG.componentModel("cam").getEndpointHeaders()).filteredOn(h -> h.isImportant())
                .extracting(h -> h.getName()).containsExactlyInAnyOrder("CamelCamOperation", "CamelCamRoom",
                        "CamelCamUsers", "CamelCamQuickCallUrl", "CamelCamChangeType");
    }

    static Properties properties(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CatalogDiscoveryTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(in);
        }
        return properties;
    }

    static String text(String resource) throws IOException {
        try (InputStream in = CatalogDiscoveryTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
