package io.camelcam.sandbox.internal.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.camelcam.sandbox.SandboxUser;
import io.camelcam.sandbox.internal.cam.Emails;

/**
 * The users, keyed by lower-cased e-mail. Lookups (every message validates its recipients) are lock-free;
 * writes are serialized so a bulk update applies as one unit relative to other writes. The
 * {@link SyntheticUsers} are not stored: they are generated when looked up or listed, and only those
 * changed since the last reset are stored (with the place in the creation order they were generated at).
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

    /**
     * What a reset installs, replaced whole so readers never see a half-seeded store. Synthetic user
     * {@code i} has creation order {@code firstSyntheticOrder + i - 1}.
     */
    private record Contents(ConcurrentHashMap<String, Entry> stored, SyntheticUsers synthetic, long firstSyntheticOrder) {
    }

    private final Object writeLock = new Object();
    private volatile Contents contents = new Contents(new ConcurrentHashMap<>(), new SyntheticUsers(0), 0);
    /** Stored users that are synthetic ones changed; guarded by writeLock, read without it by size(). */
    private volatile int storedSynthetic;
    private long nextOrder;

    public Optional<SandboxUser> find(String email) {
        Contents c = contents;
        String key = Emails.key(email);
        Entry entry = c.stored.get(key);
        if (entry != null) {
            return Optional.of(entry.user);
        }
        int index = c.synthetic.indexOf(key);
        return index == 0 ? Optional.empty() : Optional.of(c.synthetic.user(index));
    }

    /** A snapshot in creation order; with many synthetic users a large list: prefer {@link #listing()}. */
    public List<SandboxUser> all() {
        List<SandboxUser> users = new ArrayList<>();
        listing().forEach(true, users::add);
        return users;
    }

    /** The users as they are now, to be listed in creation order later without holding them all. */
    public Listing listing() {
        Contents c = contents;
        List<Entry> stored = new ArrayList<>(c.stored.values());
        stored.sort(Comparator.comparingLong(Entry::order));
        return new Listing(stored, c.synthetic, c.firstSyntheticOrder);
    }

    /**
     * The stored users of one moment and the synthetic ones (which never change), listed in creation order
     * with the synthetic users generated one at a time: listing ten million needs no more memory than
     * listing nine.
     */
    public static final class Listing {
        private final List<Entry> stored;
        private final SyntheticUsers synthetic;
        private final long firstSyntheticOrder;

        private Listing(List<Entry> stored, SyntheticUsers synthetic, long firstSyntheticOrder) {
            this.stored = stored;
            this.synthetic = synthetic;
            this.firstSyntheticOrder = firstSyntheticOrder;
        }

        /** Without {@code ids} a generated user's id is {@code null} ({@link SyntheticUsers#user(int, boolean)}). */
        public void forEach(boolean ids, Consumer<SandboxUser> action) {
            int next = 0;
            for (int i = 1; i <= synthetic.count(); i++) {
                long order = firstSyntheticOrder + i - 1;
                for (; next < stored.size() && stored.get(next).order <= order; next++) {
                    action.accept(stored.get(next).user);
                }
                // a synthetic user changed since the reset is stored, at the order it was generated at
                boolean changed = next > 0 && stored.get(next - 1).order == order;
                if (!changed) {
                    action.accept(synthetic.user(i, ids));
                }
            }
            for (; next < stored.size(); next++) {
                action.accept(stored.get(next).user);
            }
        }
    }

    public int size() {
        Contents c = contents;
        return c.stored.size() + c.synthetic.count() - storedSynthetic;
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
            Contents c = contents;
            String key = Emails.key(user.email());
            Entry existing = c.stored.get(key);
            long order;
            if (existing != null) {
                order = existing.order;
            } else {
                int index = c.synthetic.indexOf(key);
                if (index > 0) {
                    order = c.firstSyntheticOrder + index - 1;
                    storedSynthetic++;
                } else {
                    order = nextOrder++;
                }
            }
            c.stored.put(key, new Entry(order, stored));
        }
        return stored;
    }

    /**
     * Applies already validated rows: unknown e-mails are created, known ones merged. A row that leaves a
     * synthetic user as generated is counted as updated and stores nothing.
     */
    public Applied apply(Iterable<UserPatch> patches) {
        int created = 0;
        int updated = 0;
        synchronized (writeLock) {
            Contents c = contents;
            for (UserPatch p : patches) {
                String key = Emails.key(p.email());
                Entry existing = c.stored.get(key);
                if (existing != null) {
                    c.stored.put(key, new Entry(existing.order, merge(existing.user, p)));
                    updated++;
                    continue;
                }
                int index = c.synthetic.indexOf(key);
                if (index > 0) {
                    if (!c.synthetic.unchangedBy(index, p)) {
                        c.stored.put(key, new Entry(c.firstSyntheticOrder + index - 1, merge(c.synthetic.user(index), p)));
                        storedSynthetic++;
                    }
                    updated++;
                } else {
                    c.stored.put(key, new Entry(nextOrder++, create(p)));
                    created++;
                }
            }
        }
        return new Applied(created, updated);
    }

    /** Back to {@code seed} followed by {@code syntheticUsers} generated users, in that creation order. */
    public void reset(List<SandboxUser> seed, int syntheticUsers) {
        ConcurrentHashMap<String, Entry> fresh = new ConcurrentHashMap<>(Math.max(16, seed.size() * 4 / 3 + 1));
        long order = 0;
        for (SandboxUser u : seed) {
            fresh.put(Emails.key(u.email()), new Entry(order++, u));
        }
        synchronized (writeLock) {
            contents = new Contents(fresh, new SyntheticUsers(syntheticUsers), order);
            storedSynthetic = 0;
            nextOrder = order + syntheticUsers;
        }
    }

    /** The number (1 …) of the synthetic user with this e-mail, or 0 when it names none. */
    public int syntheticIndex(String email) {
        return contents.synthetic.indexOf(Emails.key(email));
    }

    public int syntheticCount() {
        return contents.synthetic.count();
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
