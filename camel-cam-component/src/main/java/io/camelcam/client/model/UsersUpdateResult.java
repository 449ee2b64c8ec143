package io.camelcam.client.model;

/** What {@code updateUsersCSV} did: users created and users updated. */
public record UsersUpdateResult(int created, int updated) {
}
