package io.camelcam.client.model;

/**
 * One row of CAM's user CSV ({@code exportUsers} / {@code updateUsersCSV}). Null fields are
 * written as empty cells, which CAM reads as "leave unchanged". {@code toString()} never shows
 * the password.
 */
public record CamUser(
        String email,
        String name,
        String password,
        String department,
        String position,
        String phone,
        String role,
        Boolean deleted) {

    public static CamUser of(String email, String name) {
        return new CamUser(email, name, null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "CamUser[email=" + email + ", name=" + name + ", password=" + (password == null ? "null" : "******")
                + ", department=" + department + ", position=" + position + ", phone=" + phone
                + ", role=" + role + ", deleted=" + deleted + "]";
    }
}
