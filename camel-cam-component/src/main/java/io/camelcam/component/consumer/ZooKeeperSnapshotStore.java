package io.camelcam.component.consumer;

import java.nio.charset.StandardCharsets;

import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.data.Stat;

/**
 * The state in one ZooKeeper node, written with compare-and-set on the node's version: a write names
 * the version this store last read or wrote, and ZooKeeper refuses it when another node has written
 * since. So a leader that lost its leadership without noticing (a long GC pause, a partition) cannot
 * overwrite the baseline its successor moved on. ZooKeeper applies a write whole or not at all, so a
 * node killed mid-write leaves the previous baseline readable.
 */
final class ZooKeeperSnapshotStore implements SnapshotStore {

    /** ZooKeeper's default limit for one node's data (jute.maxbuffer), less room for the request around it. */
    static final int MAX_BYTES = 1_000_000;
    /** The version before anything was read: no write is allowed before a read. */
    private static final int UNREAD = -2;
    /** The node did not exist when last read: the write creates it. */
    private static final int ABSENT = -1;

    private final CuratorFramework client;
    private final String path;
    /** Whether this store made the client, and closes it. */
    private final boolean ownsClient;
    private volatile int version = UNREAD;

    ZooKeeperSnapshotStore(CuratorFramework client, String path, boolean ownsClient) {
        this.client = client;
        this.path = path;
        this.ownsClient = ownsClient;
    }

    @Override
    public String load() throws Exception {
        Stat stat = new Stat();
        try {
            byte[] data = client.getData().storingStatIn(stat).forPath(path);
            version = stat.getVersion();
            return data == null ? null : new String(data, StandardCharsets.UTF_8);
        } catch (KeeperException.NoNodeException e) {
            version = ABSENT;
            return null;
        }
    }

    @Override
    public void save(String state) throws Exception {
        byte[] data = state.getBytes(StandardCharsets.UTF_8);
        if (data.length > MAX_BYTES) {
            throw new IllegalStateException("cannot store " + data.length + " bytes in the " + this
                    + ": ZooKeeper keeps at most " + MAX_BYTES + " in one node; watch fewer months");
        }
        int known = version;
        if (known == UNREAD) {
            throw new IllegalStateException("the " + this + " was written before it was read");
        }
        try {
            if (known == ABSENT) {
                client.create().creatingParentsIfNeeded().forPath(path, data);
                version = 0;
            } else {
                version = client.setData().withVersion(known).forPath(path, data).getVersion();
            }
        } catch (KeeperException.NodeExistsException | KeeperException.BadVersionException e) {
            throw new StaleStateException(toString(), "was written by another node since this one read it "
                    + "(version " + known + "); this write is refused and the newer baseline is read at the next poll");
        }
    }

    @Override
    public void checkCurrent() throws Exception {
        int known = version;
        Stat stat = client.checkExists().forPath(path);
        int current = stat == null ? ABSENT : stat.getVersion();
        if (known != UNREAD && current != known) {
            throw new StaleStateException(toString(), "was written by another node since this one read it "
                    + "(version " + known + ", now " + current + "); this poll emits nothing and the newer baseline "
                    + "is read at the next poll");
        }
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    @Override
    public String toString() {
        return "ZooKeeper node " + path;
    }
}
