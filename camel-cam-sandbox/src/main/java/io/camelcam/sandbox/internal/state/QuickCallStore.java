package io.camelcam.sandbox.internal.state;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelcam.sandbox.SandboxLimits;
import io.camelcam.sandbox.SandboxQuickCall;

/** Quick calls, newest last; the oldest are forgotten beyond {@link SandboxLimits#MAX_RETAINED_QUICK_CALLS}. */
public final class QuickCallStore {

    private static final int ID_BYTES = 12;

    /** Ids end up in URLs that act as capabilities, so they are unguessable. */
    private final SecureRandom random = new SecureRandom();
    private final LinkedHashMap<String, SandboxQuickCall> calls = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SandboxQuickCall> eldest) {
            return size() > SandboxLimits.MAX_RETAINED_QUICK_CALLS;
        }
    };

    public synchronized SandboxQuickCall create(String baseUrl, long expireTime, boolean passwordSet, Instant now) {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        SandboxQuickCall call = new SandboxQuickCall(id, baseUrl + "/quick/" + id, expireTime, passwordSet, now);
        calls.put(id, call);
        return call;
    }

    public synchronized Optional<SandboxQuickCall> find(String id) {
        return Optional.ofNullable(calls.get(id));
    }

    public synchronized List<SandboxQuickCall> all() {
        return List.copyOf(calls.values());
    }

    public synchronized void clear() {
        calls.clear();
    }
}
