package io.camelcam.example.quarkus;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.camelcam.sandbox.CamSandbox;

/**
 * Starts a CAM sandbox before the application and hands its URL and token to it as the
 * configuration CAM_SERVER_URL / CAM_API_TOKEN would give in production; injects the sandbox into
 * {@code CamSandbox} fields of the test.
 */
public class CamSandboxResource implements QuarkusTestResourceLifecycleManager {

    private CamSandbox sandbox;

    @Override
    public Map<String, String> start() {
        sandbox = CamSandbox.builder().start();
        return Map.of("camel.component.cam.server-url", sandbox.url(),
                "camel.component.cam.api-token", sandbox.userToken(),
                // ask CAM on every health probe, so the test sees it recover without waiting 30 s
                "camel.component.cam.health-check-interval", "100ms");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(sandbox, new TestInjector.MatchesType(CamSandbox.class));
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
