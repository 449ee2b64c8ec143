package io.camelcam.component;

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.junit.CamSandboxExtension;

/**
 * A CamelContext per test against a real CAM sandbox over HTTP on loopback. The cam component
 * points at the sandbox with the user token; {@code {{cam.url}}}, {{cam.token}} and
 * {@code {{cam.adminToken}}} are there for URIs.
 */
public abstract class CamTestSupport extends CamelTestSupport {

    @RegisterExtension
    public static final CamSandboxExtension SANDBOX = CamSandboxExtension.create();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties properties = new Properties();
        properties.put("cam.url", SANDBOX.url());
        properties.put("cam.token", SANDBOX.userToken());
        properties.put("cam.adminToken", SANDBOX.adminToken());
        context.getPropertiesComponent().setOverrideProperties(properties);
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(SANDBOX.url());
        cam.getConfiguration().setApiToken(SANDBOX.userToken());
        context.addComponent("cam", cam);
        return context;
    }

    /** Sends a body (and headers) through a route, returning the exchange, failed or not. */
    protected Exchange send(String uri, Object body, Object... headerPairs) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            for (int i = 0; i + 1 < headerPairs.length; i += 2) {
                exchange.getMessage().setHeader(headerPairs[i].toString(), headerPairs[i + 1]);
            }
        });
    }
}
