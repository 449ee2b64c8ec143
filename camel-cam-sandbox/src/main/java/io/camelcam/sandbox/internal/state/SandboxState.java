package io.camelcam.sandbox.internal.state;

import java.time.Clock;
import java.util.List;

import io.camelcam.sandbox.ReceivedMessage;
import io.camelcam.sandbox.SandboxChatRoom;
import io.camelcam.sandbox.SandboxConferenceRoom;
import io.camelcam.sandbox.SandboxLimits;
import io.camelcam.sandbox.SandboxUser;

/** Everything the sandbox remembers. Each store is thread-safe on its own. */
public final class SandboxState {

    private final Clock clock;
    private final List<SandboxUser> seedUsers = Seeds.users();
    private final int syntheticUsers;
    private final List<SandboxConferenceRoom> seedConferenceRooms = Seeds.conferenceRooms();
    private final ConferenceRoomStore conferenceRooms = new ConferenceRoomStore();
    private final UserStore users = new UserStore();
    private final ChatRoomStore chatRooms;
    private final MessageLog messages;
    private final RequestLog requests = new RequestLog(SandboxLimits.REQUEST_LOG_CAPACITY);
    private final QuickCallStore quickCalls = new QuickCallStore();
    private final ReservationStore reservations;

    public SandboxState(Clock clock, int maxRetainedMessages, int syntheticUsers) {
        this.clock = clock;
        this.syntheticUsers = syntheticUsers;
        this.chatRooms = new ChatRoomStore(clock);
        this.messages = new MessageLog(maxRetainedMessages);
        this.reservations = new ReservationStore(clock, seedConferenceRooms, Seeds.reservationUserIds());
        reset();
    }

    /** Back to the seeded users, rooms and reservations; no messages, requests or quick calls. */
    public void reset() {
        users.reset(seedUsers, syntheticUsers);
        chatRooms.reset(Seeds.chatRooms());
        conferenceRooms.reset(seedConferenceRooms);
        messages.clear();
        requests.clear();
        quickCalls.clear();
        reservations.reset();
    }

    /** The retained messages sent to that panel: {@code messenger}, a room's name, or a room's id. */
    public List<ReceivedMessage> messagesIn(String panelNameOrRoomId) {
        String panelName = ChatRoomStore.MESSENGER.equals(panelNameOrRoomId) ? panelNameOrRoomId
                : chatRooms.find(panelNameOrRoomId).map(SandboxChatRoom::name).orElse(panelNameOrRoomId);
        return messages.all().stream().filter(m -> m.panelName().equals(panelName)).toList();
    }

    public Clock clock() {
        return clock;
    }

    public UserStore users() {
        return users;
    }

    public ChatRoomStore chatRooms() {
        return chatRooms;
    }

    public MessageLog messages() {
        return messages;
    }

    public RequestLog requests() {
        return requests;
    }

    public QuickCallStore quickCalls() {
        return quickCalls;
    }

    public ReservationStore reservations() {
        return reservations;
    }

    /**
     * The conference-room master list. Reservations are generated for the seeded rooms whatever the
     * list holds now.
     */
    public ConferenceRoomStore conferenceRooms() {
        return conferenceRooms;
    }
}
