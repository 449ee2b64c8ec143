package io.camelcam.sandbox.internal.state;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.camelcam.sandbox.SandboxChatRoom;
import io.camelcam.sandbox.internal.cam.ClientInput;

/**
 * The chat rooms. There are few and they change rarely while every room message looks one up, so the
 * store is copy-on-write: readers take the current immutable snapshot without locking.
 */
public final class ChatRoomStore {

    /** The panel name of direct messages; no room may take it. */
    public static final String MESSENGER = "messenger";

    private record Rooms(Map<String, SandboxChatRoom> byId, Map<String, SandboxChatRoom> byName) {
    }

    private final Clock clock;
    private final AtomicLong idSequence = new AtomicLong();
    private volatile Rooms rooms = new Rooms(Map.of(), Map.of());

    public ChatRoomStore(Clock clock) {
        this.clock = clock;
    }

    /** A room by name, else by id: the wire's {@code panelName} / {@code send} may carry either. */
    public Optional<SandboxChatRoom> find(String nameOrId) {
        Rooms current = rooms;
        SandboxChatRoom room = current.byName.get(nameOrId);
        return Optional.ofNullable(room != null ? room : current.byId.get(nameOrId));
    }

    /** In creation order. */
    public List<SandboxChatRoom> all() {
        return List.copyOf(rooms.byId.values());
    }

    /** Creates a public room with no members. */
    public synchronized SandboxChatRoom create(String name) {
        return upsert(new ChatRoomPatch(null, name, null, null, true, Map.of()));
    }

    /**
     * Creates the room (no id, or an id not yet used, which the new room takes) or merges the given
     * fields into the existing one.
     *
     * @throws RoomNameRejectedException when the name is missing (creating), taken by another room or reserved
     */
    public synchronized SandboxChatRoom upsert(ChatRoomPatch patch) {
        SandboxChatRoom existing = patch.id() == null ? null : rooms.byId.get(patch.id());
        SandboxChatRoom room;
        if (existing == null) {
            if (patch.name() == null || patch.name().isBlank()) {
                throw new RoomNameRejectedException("missing (a new chat room needs a name)");
            }
            checkName(patch.name(), null);
            room = new SandboxChatRoom(patch.id() != null ? patch.id() : newId(), patch.name(),
                    patch.createUserId(), patch.adminUserId(), patch.isPublic() != null && patch.isPublic(),
                    patch.memberUids());
        } else {
            if (patch.name() != null) {
                checkName(patch.name(), existing.id());
            }
            room = new SandboxChatRoom(existing.id(),
                    patch.name() != null ? patch.name() : existing.name(),
                    patch.createUserId() != null ? patch.createUserId() : existing.createUserId(),
                    patch.adminUserId() != null ? patch.adminUserId() : existing.adminUserId(),
                    patch.isPublic() != null ? patch.isPublic() : existing.isPublic(),
                    patch.memberUids() != null ? patch.memberUids() : existing.memberUids());
        }
        LinkedHashMap<String, SandboxChatRoom> byId = new LinkedHashMap<>(rooms.byId);
        byId.put(room.id(), room);
        publish(byId);
        return room;
    }

    public synchronized void reset(List<SandboxChatRoom> seed) {
        LinkedHashMap<String, SandboxChatRoom> byId = new LinkedHashMap<>();
        seed.forEach(room -> byId.put(room.id(), room));
        publish(byId);
    }

    private void checkName(String name, String ownId) {
        if (MESSENGER.equals(name)) {
            throw new RoomNameRejectedException("'" + MESSENGER + "' is reserved for direct messages");
        }
        SandboxChatRoom holder = rooms.byName.get(name);
        if (holder != null && !holder.id().equals(ownId)) {
            throw new RoomNameRejectedException("a room named " + ClientInput.quote(name) + " already exists");
        }
    }

    private String newId() {
        String id;
        do {
            id = Ids.chatRoomId(clock.millis(), idSequence.incrementAndGet());
        } while (rooms.byId.containsKey(id));
        return id;
    }

    private void publish(LinkedHashMap<String, SandboxChatRoom> byId) {
        Map<String, SandboxChatRoom> byName = new LinkedHashMap<>();
        byId.values().forEach(room -> byName.put(room.name(), room));
        rooms = new Rooms(Collections.unmodifiableMap(byId), Collections.unmodifiableMap(byName));
    }
}
