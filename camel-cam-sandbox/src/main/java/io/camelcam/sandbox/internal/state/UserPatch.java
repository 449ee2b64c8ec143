package io.camelcam.sandbox.internal.state;

/**
 * One {@code updateUsersCSV} row: {@code null} fields were not given (or empty) and leave an existing
 * user's value unchanged.
 */
public record UserPatch(String email, String name, String department, String position, String phone,
                        String role, Boolean deleted) {
}
