package io.camelcam.component;

import io.camelcam.component.binding.ConferenceRoomStatusBinding;
import io.camelcam.component.binding.ConferenceRoomsBinding;
import io.camelcam.component.binding.CreateQuickCallBinding;
import io.camelcam.component.binding.ExportUsersBinding;
import io.camelcam.component.binding.OperationBinding;
import io.camelcam.component.binding.SendMessageBinding;
import io.camelcam.component.binding.SendMessagesBinding;
import io.camelcam.component.binding.UpdateChatRoomBinding;
import io.camelcam.component.binding.UpdateUsersCsvBinding;

/**
 * The nine CAM operations a {@code cam:} endpoint can call. Constants are spelled as in the URI
 * ({@code cam:sendMessage}); each knows its binding, the one place that reads its input from an
 * exchange and writes its result back.
 */
public enum CamOperation {
    sendMessage(new SendMessageBinding()),
    sendMessages(new SendMessagesBinding()),
    createQuickCall(new CreateQuickCallBinding()),
    exportUsers(new ExportUsersBinding()),
    updateUsersCSV(new UpdateUsersCsvBinding()),
    updateChatRoom(new UpdateChatRoomBinding()),
    getConferenceRooms(new ConferenceRoomsBinding(io.camelcam.client.operation.GetConferenceRooms.LEGACY)),
    getConferenceMaster(new ConferenceRoomsBinding(io.camelcam.client.operation.GetConferenceRooms.MASTER)),
    getConferenceRoomStatus(new ConferenceRoomStatusBinding());

    private final OperationBinding<?> binding;

    CamOperation(OperationBinding<?> binding) {
        this.binding = binding;
    }

    public OperationBinding<?> binding() {
        return binding;
    }
}
