package io.camelcam.sandbox.internal.ops;

import java.util.List;
import java.util.function.Supplier;

import io.camelcam.sandbox.internal.cam.OperationHandler;
import io.camelcam.sandbox.internal.state.SandboxState;

/** The nine CAM operations: adding a tenth means one handler class and one line here. */
public final class Operations {

    private Operations() {
    }

    /** @param baseUrl the sandbox's URL, for the quick-call links it hands out */
    public static List<OperationHandler> all(SandboxState state, Supplier<String> baseUrl) {
        MessageValidator messages = new MessageValidator(state.chatRooms(), state.users());
        return List.of(
                new SendMessageHandler(state, messages),
                new SendMessagesHandler(state, messages),
                new CreateQuickCallHandler(state, baseUrl),
                new ExportUsersHandler(state),
                new UpdateUsersCsvHandler(state),
                new UpdateChatRoomHandler(state),
                new GetConferenceRoomsHandler("getConferenceRooms", state),
                new GetConferenceRoomsHandler("getConferenceMaster", state),
                new GetConferenceRoomStatusHandler(state));
    }
}
