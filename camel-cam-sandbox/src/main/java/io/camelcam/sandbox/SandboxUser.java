package io.camelcam.sandbox;

import java.util.Objects;

/**
 * A CAM user. There is deliberately no password here: the sandbox accepts the CSV
 * {@code password} column but never keeps or exports it.
 *
 * @param id   stable id; {@code null} when handed to {@link CamSandbox#putUser} means "derive it from the e-mail"
 * @param role {@code user} or {@code admin}
 */
public record SandboxUser(String id, String email, String name, String department, String position,
                          String phone, String role, boolean deleted) {

    public SandboxUser {
        Objects.requireNonNull(email, "email");
    }
}
