package io.camelcam.component.consumer;

import org.apache.camel.spi.StateRepository;

/** The state under one key of any Camel {@link StateRepository}, e.g. a JDBC-backed one shared by nodes. */
final class RepositorySnapshotStore implements SnapshotStore {

    private final StateRepository<String, String> repository;
    private final String key;
    private final String description;

    RepositorySnapshotStore(StateRepository<String, String> repository, String key, String description) {
        this.repository = repository;
        this.key = key;
        this.description = description;
    }

    @Override
    public String load() {
        return repository.getState(key);
    }

    @Override
    public void save(String state) {
        repository.setState(key, state);
    }

    @Override
    public String toString() {
        return description + " under key '" + key + "'";
    }
}
