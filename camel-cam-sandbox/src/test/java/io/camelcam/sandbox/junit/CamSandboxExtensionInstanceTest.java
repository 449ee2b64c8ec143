package io.camelcam.sandbox.junit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.CamSandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An instance-field extension gives every test its own sandbox and closes it after the test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CamSandboxExtensionInstanceTest {

    @RegisterExtension
    final CamSandboxExtension sandbox = CamSandboxExtension.builder().userToken("mine").adminToken("root").build();

    private static CamSandbox previous;

    @Test
    @Order(1)
    void getsItsOwnSandbox(CamSandbox injected) {
        assertThat(injected).isSameAs(sandbox.sandbox());
        assertThat(injected.userToken()).isEqualTo("mine");
        injected.createChatRoom("only-here");
        previous = injected;
    }

    @Test
    @Order(2)
    void theNextTestGetsAFreshOneAndThePreviousIsClosed() {
        assertThat(sandbox.sandbox()).isNotSameAs(previous);
        assertThat(previous.isRunning()).isFalse();
        assertThatThrownBy(previous::start).isInstanceOf(IllegalStateException.class);
        assertThat(sandbox.sandbox().chatRooms()).noneMatch(r -> r.name().equals("only-here"));
    }

    @Test
    void refusesAccessOutsideTheTestLifecycle() {
        assertThatThrownBy(() -> CamSandboxExtension.create().sandbox()).isInstanceOf(IllegalStateException.class);
    }
}
