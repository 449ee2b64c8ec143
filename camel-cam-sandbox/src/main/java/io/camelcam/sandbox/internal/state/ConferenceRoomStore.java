package io.camelcam.sandbox.internal.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.camelcam.sandbox.SandboxConferenceRoom;

/**
 * The conference-room master list, in list order. It is read on every master-list call and changed
 * only by tests, so readers take the current immutable list without locking.
 */
public final class ConferenceRoomStore {

    private volatile List<SandboxConferenceRoom> rooms = List.of();

    public List<SandboxConferenceRoom> all() {
        return rooms;
    }

    /** Replaces the room with the same id where it stands in the list, or appends a new one. */
    public synchronized SandboxConferenceRoom put(SandboxConferenceRoom room) {
        Objects.requireNonNull(room.id(), "id");
        Objects.requireNonNull(room.name(), "name");
        List<SandboxConferenceRoom> next = new ArrayList<>(rooms);
        int index = indexOf(next, room.id());
        if (index >= 0) {
            next.set(index, room);
        } else {
            next.add(room);
        }
        rooms = List.copyOf(next);
        return room;
    }

    public synchronized boolean remove(String id) {
        List<SandboxConferenceRoom> next = new ArrayList<>(rooms);
        int index = indexOf(next, id);
        if (index < 0) {
            return false;
        }
        next.remove(index);
        rooms = List.copyOf(next);
        return true;
    }

    public synchronized void reset(List<SandboxConferenceRoom> seed) {
        rooms = List.copyOf(seed);
    }

    private static int indexOf(List<SandboxConferenceRoom> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
