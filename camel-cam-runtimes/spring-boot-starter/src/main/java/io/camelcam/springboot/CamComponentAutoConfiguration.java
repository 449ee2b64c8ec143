package io.camelcam.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

import io.camelcam.component.CamComponent;

/**
 * Sets the cam component's options from {@code camel.component.cam.*} (kebab or camel case), as
 * Camel's own starters do. Rather than a copy of every option in a properties class, it hands
 * Spring's values to the component's generated configurer, so a new option needs no change here.
 * An unknown key fails the start, naming it: a typo must not silently leave an option unset.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.cam"})
public class CamComponentAutoConfiguration {

    static final String PREFIX = "camel.component.cam";

    @Bean
    public ComponentCustomizer configureCamComponent(Environment environment) {
        // camel.component.customizer.enabled / camel.component.cam.customizer.enabled=false leave the component as
        // it is, as in Camel's own starters (e.g. to configure it in code only)
        return ComponentCustomizer.builder(CamComponent.class)
                .withCondition((name, component) -> HierarchicalPropertiesEvaluator.evaluate(environment,
                        "camel.component.customizer", PREFIX + ".customizer"))
                .build(component -> {
            Map<String, Object> options = new LinkedHashMap<>();
            Binder.get(environment).bind(PREFIX, Bindable.mapOf(String.class, Object.class))
                    .ifBound(bound -> bound.forEach((key, value) -> options.put(StringHelper.dashToCamelCase(key), value)));
            // camel-spring-boot's own switches for every component, not options of the component
            options.remove("enabled");
            options.remove("customizer");
            PropertyBindingSupport.build().withConfigurer(component.getComponentPropertyConfigurer())
                    .withIgnoreCase(true).withRemoveParameters(true)
                    .bind(component.getCamelContext(), component, options);
            if (!options.isEmpty()) {
                throw new IllegalArgumentException("Unknown option(s) of the cam component: "
                        + options.keySet().stream().map(k -> PREFIX + "." + k).toList());
            }
        });
    }
}
