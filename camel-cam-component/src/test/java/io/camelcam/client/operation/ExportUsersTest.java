package io.camelcam.client.operation;

import org.junit.jupiter.api.Test;

import io.camelcam.client.error.CamValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportUsersTest {

    @Test
    void thePathNamesTheFileAndDefaultsToTheContractsName() {
        assertThat(WireFields.form(new ExportUsers("all.csv"))).containsEntry("path", "all.csv");
        assertThat(new ExportUsers(null).requestedFileName()).isEqualTo("exportUsers.csv");
        assertThat(new ExportUsers("all.csv").idempotent()).isTrue();
    }

    @Test
    void aPathThatCouldSplitTheRequestIsRefused() {
        assertThatThrownBy(() -> new ExportUsers("a\nb.csv")).isInstanceOf(CamValidationException.class)
                .hasMessageContaining("path");
    }
}
