package io.camelcam.docs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/** The schedule consumer page's state repository over JDBC (DocsSamplesTest keeps it equal to the page). */
// tag::repository[]
public final class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {
    private final DataSource dataSource; // table cam_state(state_key varchar(255) primary key, state_value text)

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String getState(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select state_value from cam_state where state_key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public void setState(String key, String value) {
        // plain SQL for any database: update, and insert when there was nothing to update
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("update cam_state set state_value = ? where state_key = ?");
             PreparedStatement insert = c.prepareStatement("insert into cam_state(state_key, state_value) values (?, ?)")) {
            update.setString(1, value);
            update.setString(2, key);
            if (update.executeUpdate() == 0) {
                insert.setString(1, key);
                insert.setString(2, value);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
// end::repository[]
