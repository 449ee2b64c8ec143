package io.camelcam.component.consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

import io.camelcam.component.CamComponent;
import io.camelcam.sandbox.junit.CamSandboxExtension;

/** CamelContexts of their own, as separate application instances ("nodes") would have, all talking to one sandbox. */
final class ClusterNodes {

    private ClusterNodes() {
    }

    /** A new, not yet started CamelContext whose cam component points at the sandbox with the user token. */
    static CamelContext context(String name, CamSandboxExtension sandbox) {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        CamComponent cam = new CamComponent();
        cam.getConfiguration().setServerUrl(sandbox.url());
        cam.getConfiguration().setApiToken(sandbox.userToken());
        context.addComponent("cam", cam);
        return context;
    }
}
