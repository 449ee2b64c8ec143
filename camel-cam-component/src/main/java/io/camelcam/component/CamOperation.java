package io.camelcam.component;

import java.util.Arrays;
import java.util.Optional;

import io.camelcam.client.operation.GetConferenceRooms;
import io.camelcam.component.binding.ConferenceRoomStatusBinding;
import io.camelcam.component.binding.ConferenceRoomsBinding;
import io.camelcam.component.binding.CreateQuickCallBinding;
import io.camelcam.component.binding.ExportUsersBinding;
import io.camelcam.component.binding.OperationBinding;
import io.camelcam.component.binding.SendMessageBinding;
import io.camelcam.component.binding.SendMessagesBinding;
import io.camelcam.component.binding.UpdateChatRoomBinding;
import io.camelcam.component.binding.UpdateUsersCsvBinding;
import io.camelcam.component.consumer.ChangeFeed;
import io.camelcam.component.consumer.ConferenceRoomFeed;
import io.camelcam.component.consumer.ReservationFeed;

/**
 * The nine CAM operations a {@code cam:} endpoint can call. Constants are spelled as in the URI
 * ({@code cam:sendMessage}); each knows its binding, the one place that reads its input from an
 * exchange and writes its result back, and, when a consumer can poll it for changes, its feed.
 */
public enum CamOperation {
    sendMessage(new SendMessageBinding()),
    sendMessages(new SendMessagesBinding()),
    createQuickCall(new CreateQuickCallBinding()),
    exportUsers(new ExportUsersBinding()),
    updateUsersCSV(new UpdateUsersCsvBinding()),
    updateChatRoom(new UpdateChatRoomBinding()),
    getConferenceRooms(new ConferenceRoomsBinding(GetConferenceRooms.LEGACY), new ConferenceRoomFeed(GetConferenceRooms.LEGACY)),
    getConferenceMaster(new ConferenceRoomsBinding(GetConferenceRooms.MASTER), new ConferenceRoomFeed(GetConferenceRooms.MASTER)),
    getConferenceRoomStatus(new ConferenceRoomStatusBinding(), new ReservationFeed());

    private final OperationBinding<?> binding;
    private final ChangeFeed<?> changeFeed;

    CamOperation(OperationBinding<?> binding) {
        this(binding, null);
    }

    CamOperation(OperationBinding<?> binding, ChangeFeed<?> changeFeed) {
        this.binding = binding;
        this.changeFeed = changeFeed;
    }

    public OperationBinding<?> binding() {
        return binding;
    }

    /** CAM's user API (exportUsers, updateUsersCSV) answers only an administrator's token. */
    public boolean needsAdministrator() {
        return this == exportUsers || this == updateUsersCSV;
    }

    /** What a consumer polls for changes; empty for an operation that cannot be consumed from. */
    public Optional<ChangeFeed<?>> changeFeed() {
        return Optional.ofNullable(changeFeed);
    }

    /** The operations a consumer can poll, for messages. */
    static String pollableNames() {
        return Arrays.toString(Arrays.stream(values()).filter(op -> op.changeFeed != null).toArray());
    }
}
