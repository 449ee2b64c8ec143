package io.camelcam.component.consumer;

import java.util.regex.Pattern;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryNTimes;
import org.apache.zookeeper.common.PathUtils;

import io.camelcam.client.error.CamValidationException;

/**
 * Checks the stateZooKeeper and stateKey options and opens the ZooKeeper store they name. Curator is
 * an optional dependency: only this class and the store touch it, and only when stateZooKeeper is set.
 */
final class ZooKeeperStateOptions {

    /** Where the baselines live under the connect string's chroot, one node per stateKey. */
    static final String ROOT = "/camel-cam/state/";
    /** A ZooKeeper session survives a pause of the node this long; a partition longer than it ends the session. */
    static final int SESSION_TIMEOUT_MS = 15_000;
    /** How long one operation waits for a connection before it counts as failed. */
    static final int CONNECTION_TIMEOUT_MS = 5_000;
    /** Retries of an operation that lost its connection: with the timeout above, an outage fails a poll within ~20 s. */
    static final int RETRIES = 2;
    static final int RETRY_SLEEP_MS = 1_000;

    private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9._\\-]+:\\d{1,5}|\\[[0-9A-Fa-f:.]+\\]:\\d{1,5}");

    private ZooKeeperStateOptions() {
    }

    static ZooKeeperSnapshotStore open(String operation, String connectString, String stateKey) {
        // before anything touches Curator or ZooKeeper's classes
        try {
            Class.forName("org.apache.curator.framework.CuratorFramework", false, ZooKeeperStateOptions.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new CamValidationException(operation, "option stateZooKeeper",
                    "needs org.apache.curator:curator-framework on the class path (or camel-zookeeper, which brings it)");
        }
        String connect = connectString.trim();
        String hosts = connect.contains("/") ? connect.substring(0, connect.indexOf('/')) : connect;
        for (String host : hosts.split(",", -1)) {
            if (!HOST_PORT.matcher(host.trim()).matches() || port(host) < 1 || port(host) > 65535) {
                throw new CamValidationException(operation, "option stateZooKeeper", "'" + host.trim()
                        + "' is not host:port; expected host:port[,host:port...][/chroot], e.g. zk1:2181,zk2:2181/myapp");
            }
        }
        if (connect.length() > hosts.length()) {
            checkPath(operation, "option stateZooKeeper", connect.substring(hosts.length()), "its chroot");
        }
        String path = ROOT + stateKey;
        checkPath(operation, "option stateKey", path, "'" + stateKey + "' as a ZooKeeper node name");
        CuratorFramework client = CuratorFrameworkFactory.builder().connectString(connect)
                .sessionTimeoutMs(SESSION_TIMEOUT_MS).connectionTimeoutMs(CONNECTION_TIMEOUT_MS)
                .retryPolicy(new RetryNTimes(RETRIES, RETRY_SLEEP_MS)).build();
        client.start();
        return new ZooKeeperSnapshotStore(client, path, true);
    }

    private static int port(String host) {
        String digits = host.trim().substring(host.trim().lastIndexOf(':') + 1);
        return digits.matches("\\d{1,5}") ? Integer.parseInt(digits) : -1;
    }

    private static void checkPath(String operation, String option, String path, String what) {
        try {
            PathUtils.validatePath(path);
        } catch (IllegalArgumentException e) {
            throw new CamValidationException(operation, option, what + " is not a valid ZooKeeper path: " + e.getMessage());
        }
    }
}
