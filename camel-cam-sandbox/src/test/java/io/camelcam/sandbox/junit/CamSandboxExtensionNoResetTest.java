package io.camelcam.sandbox.junit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelcam.sandbox.CamSandbox;

import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CamSandboxExtensionNoResetTest {

    @RegisterExtension
    static final CamSandboxExtension SANDBOX = CamSandboxExtension.builder().resetBeforeEach(false).build();

    @Test
    @Order(1)
    void leavesState(CamSandbox sandbox) {
        sandbox.createChatRoom("kept");
    }

    @Test
    @Order(2)
    void forTheNextTest(CamSandbox sandbox) {
        assertThat(sandbox.chatRooms()).anyMatch(r -> r.name().equals("kept"));
    }
}
