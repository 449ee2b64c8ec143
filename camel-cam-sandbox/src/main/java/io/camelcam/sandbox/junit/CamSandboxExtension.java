package io.camelcam.sandbox.junit;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.camelcam.sandbox.CamSandbox;

/**
 * Runs a {@link CamSandbox} around JUnit 5 tests.
 * <pre>{@code
 * @RegisterExtension
 * static CamSandboxExtension SANDBOX = CamSandboxExtension.create();
 * }</pre>
 * In a static field the sandbox starts once before all tests of the class, is reset before each test
 * (unless {@code resetBeforeEach(false)}) and closes after all. In an instance field each test gets
 * its own sandbox. Test and lifecycle methods may declare a {@link CamSandbox} parameter.
 */
public final class CamSandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final CamSandbox.Builder options;
    private final boolean resetBeforeEach;
    private CamSandbox sandbox;
    /** The context that started the sandbox: only it closes it (nested classes also see beforeAll/afterAll). */
    private String owner;

    private CamSandboxExtension(CamSandbox.Builder options, boolean resetBeforeEach) {
        this.options = options;
        this.resetBeforeEach = resetBeforeEach;
    }

    /** A sandbox with the defaults: free port, default tokens, plain HTTP, reset before each test. */
    public static CamSandboxExtension create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startIfNeeded(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!startIfNeeded(context) && resetBeforeEach) {
            sandbox.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeIfOwner(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeIfOwner(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CamSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sandbox();
    }

    /** @throws IllegalStateException outside the tests' lifecycle */
    public CamSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("the CAM sandbox runs only while tests run");
        }
        return sandbox;
    }

    public String url() {
        return sandbox().url();
    }

    public String userToken() {
        return sandbox().userToken();
    }

    public String adminToken() {
        return sandbox().adminToken();
    }

    private boolean startIfNeeded(ExtensionContext context) {
        if (sandbox != null) {
            return false;
        }
        sandbox = options.start();
        owner = context.getUniqueId();
        return true;
    }

    private void closeIfOwner(ExtensionContext context) {
        if (sandbox != null && context.getUniqueId().equals(owner)) {
            sandbox.close();
            sandbox = null;
            owner = null;
        }
    }

    /** The options of {@link CamSandbox.Builder}, plus {@link #resetBeforeEach(boolean)}. */
    public static final class Builder {
        private final CamSandbox.Builder options = CamSandbox.builder();
        private boolean resetBeforeEach = true;

        private Builder() {
        }

        public Builder port(int port) {
            options.port(port);
            return this;
        }

        public Builder bindAddress(String host) {
            options.bindAddress(host);
            return this;
        }

        public Builder userToken(String token) {
            options.userToken(token);
            return this;
        }

        public Builder adminToken(String token) {
            options.adminToken(token);
            return this;
        }

        public Builder https(boolean https) {
            options.https(https);
            return this;
        }

        public Builder clock(Clock clock) {
            options.clock(clock);
            return this;
        }

        public Builder threads(int threads) {
            options.threads(threads);
            return this;
        }

        public Builder maxRetainedMessages(int max) {
            options.maxRetainedMessages(max);
            return this;
        }

        public Builder syntheticUsers(int n) {
            options.syntheticUsers(n);
            return this;
        }

        public Builder latency(Duration latency) {
            options.latency(latency);
            return this;
        }

        /** Whether a static-field sandbox is reset before each test (default true). */
        public Builder resetBeforeEach(boolean reset) {
            this.resetBeforeEach = reset;
            return this;
        }

        public CamSandboxExtension build() {
            return new CamSandboxExtension(options, resetBeforeEach);
        }
    }
}
