package io.camelcam.component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;

/**
 * Camel masks the values of sensitive keys where it logs configuration (camel-main's
 * "Auto-configuration component cam summary", as Quarkus and camel-main print at start), but its
 * built-in list has no {@code apiToken}: without these the token would be logged in clear. Its
 * "Property-placeholders summary" asks the same question, so {@code cam.admin-token = ...} is masked too.
 */
final class SensitiveKeywords {

    /**
     * How Camel compares keys it may log: the last segment, lower case, without dashes. Besides the
     * two token options, {@code admin-token}: the placeholder name these docs give the administrator's token.
     */
    static final List<String> KEYWORDS = List.of("apitoken", "adminapitoken", "admintoken");

    private SensitiveKeywords() {
    }

    static void addTo(CamelContext camelContext) {
        ExtendedCamelContext extension = camelContext.getCamelContextExtension();
        for (String keyword : KEYWORDS) {
            String keywords = extension.getAdditionalSensitiveKeywords();
            if (keywords == null || keywords.isBlank()) {
                extension.setAdditionalSensitiveKeywords(keyword);
            } else if (!Arrays.asList(keywords.toLowerCase(Locale.ROOT).split(",")).contains(keyword)) {
                extension.setAdditionalSensitiveKeywords(keywords + "," + keyword);
            }
        }
    }
}
