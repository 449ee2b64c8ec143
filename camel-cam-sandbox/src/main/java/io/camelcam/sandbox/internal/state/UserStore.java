package io.camelcam.sandbox.internal.state;

import io.camelcam.sandbox.SandboxUser;
import io.camelcam.sandbox.internal.cam.Emails;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users, keyed by lower-cased e-mail. Lookups (every message validates its recipients) are lock-free;
 * writes are serialized so a bulk update applies as one unit relative to other writes.
 */
public final class UserStore {

    public static final String ROLE_USER = "user";
    public static final String ROLE_ADMIN = "admin";

    /** {@code order} keeps exports and listings in creation order. */
    private record Entry(long order, SandboxUser user) {
    }

    /** The outcome of a bulk update. */
    public record Applied(int created, int updated) {
    }

    private final Object writeLock = new Object();
    /** Replaced whole on reset so readers never see a half-seeded store. */
    private volatile ConcurrentHashMap<String, Entry> users = new ConcurrentHashMap<>();
    private long nextOrder;

    public Optional<SandboxUser> find(String email) {
        Entry entry = users.get(Emails.key(email));
        return entry == null ? Optional.empty() : Optional.of(entry.user);
    }

    /** A snapshot in creation order. */
    public List<SandboxUser> all() {
        return users.values().stream().sorted(Comparator.comparingLong(Entry::order)).map(Entry::user).toList();
    }

    public int size() {
        return users.size();
    }

    /**
     * Creates or replaces the user with that e-mail; a {@code null} id is derived from the e-mail.
     *
     * @throws IllegalArgumentException for an invalid e-mail or role
     */
    public SandboxUser put(SandboxUser user) {
        if (!Emails.isValid(user.email())) {
            throw new IllegalArgumentException("not an e-mail address: " + user.email());
        }
        String role = user.role() == null ? ROLE_USER : user.role();
        if (!isRole(role)) {
            throw new IllegalArgumentException("role must be 'user' or 'admin', not '" + role + "'");
        }
        String id = user.id() == null || user.id().isBlank() ? Ids.userId(user.email()) : user.id();
        SandboxUser stored = new SandboxUser(id, user.email(), user.name(), user.department(), user.position(),
                user.phone(), role, user.deleted());
        synchronized (writeLock) {
            String key = Emails.key(user.email());
            Entry existing = users.get(key);
            users.put(key, new Entry(existing == null ? nextOrder++ : existing.order, stored));
        }
        return stored;
    }

    /** Applies already validated rows: unknown e-mails are created, known ones merged. */
    public Applied apply(List<UserPatch> patches) {
        int created = 0;
        int updated = 0;
        synchronized (writeLock) {
            ConcurrentHashMap<String, Entry> map = users;
            for (UserPatch p : patches) {
                String key = Emails.key(p.email());
                Entry existing = map.get(key);
                if (existing == null) {
                    map.put(key, new Entry(nextOrder++, create(p)));
                    created++;
                } else {
                    map.put(key, new Entry(existing.order, merge(existing.user, p)));
                    updated++;
                }
            }
        }
        return new Applied(created, updated);
    }

    public void reset(List<SandboxUser> seed) {
        ConcurrentHashMap<String, Entry> fresh = new ConcurrentHashMap<>(Math.max(16, seed.size() * 4 / 3 + 1));
        long order = 0;
        for (SandboxUser u : seed) {
            fresh.put(Emails.key(u.email()), new Entry(order++, u));
        }
        synchronized (writeLock) {
            users = fresh;
            nextOrder = order;
        }
    }

    public static boolean isRole(String role) {
        return ROLE_USER.equals(role) || ROLE_ADMIN.equals(role);
    }

    private static SandboxUser create(UserPatch p) {
        String name = p.name() != null ? p.name() : p.email().substring(0, p.email().indexOf('@'));
        return new SandboxUser(Ids.userId(p.email()), p.email(), name, p.department(), p.position(), p.phone(),
                p.role() != null ? p.role() : ROLE_USER, p.deleted() != null && p.deleted());
    }

    private static SandboxUser merge(SandboxUser u, UserPatch p) {
        return new SandboxUser(u.id(), u.email(),
                p.name() != null ? p.name() : u.name(),
                p.department() != null ? p.department() : u.department(),
                p.position() != null ? p.position() : u.position(),
                p.phone() != null ? p.phone() : u.phone(),
                p.role() != null ? p.role() : u.role(),
                p.deleted() != null ? p.deleted() : u.deleted());
    }
}
