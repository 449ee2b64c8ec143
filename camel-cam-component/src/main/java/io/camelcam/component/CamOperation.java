package io.camelcam.component;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.operation.GetConferenceRooms;
import io.camelcam.component.binding.CreateQuickCallBinding;
import io.camelcam.component.binding.ExportUsersBinding;
import io.camelcam.component.binding.GetConferenceRoomStatusBinding;
import io.camelcam.component.binding.GetConferenceRoomsBinding;
import io.camelcam.component.binding.OperationBinding;
import io.camelcam.component.binding.SendMessageBinding;
import io.camelcam.component.binding.SendMessagesBinding;
import io.camelcam.component.binding.UpdateChatRoomBinding;
import io.camelcam.component.binding.UpdateUsersCsvBinding;
import io.camelcam.component.consumer.ChangeFeed;
import io.camelcam.component.consumer.GetConferenceRoomStatusFeed;
import io.camelcam.component.consumer.GetConferenceRoomsFeed;

/**
 * The registry of the CAM operations a {@code cam:} endpoint can call: every fact about one
 * operation is on its line. Constants are spelled as in the URI ({@code cam:sendMessage}). Each
 * knows its binding (the one place that reads its input from an exchange and writes its result
 * back), whether CAM wants the administrator's token for it, whether the producer may batch it,
 * and, when a consumer can poll it for changes, its feed.
 *
 * <p>A new operation is one line here, plus its client call, binding, feed if any, model record,
 * sandbox handler, docs and tests (see docs/architecture.md).
 */
public enum CamOperation {
    sendMessage(new SendMessageBinding(), Token.USER, Batching.BATCHABLE, null),
    sendMessages(new SendMessagesBinding(), Token.USER, Batching.NONE, null),
    createQuickCall(new CreateQuickCallBinding(), Token.USER, Batching.NONE, null),
    exportUsers(new ExportUsersBinding(), Token.ADMINISTRATOR, Batching.NONE, null),
    updateUsersCSV(new UpdateUsersCsvBinding(), Token.ADMINISTRATOR, Batching.NONE, null),
    updateChatRoom(new UpdateChatRoomBinding(), Token.USER, Batching.NONE, null),
    getConferenceRooms(new GetConferenceRoomsBinding(GetConferenceRooms.LEGACY), Token.USER, Batching.NONE,
            new GetConferenceRoomsFeed(GetConferenceRooms.LEGACY)),
    getConferenceMaster(new GetConferenceRoomsBinding(GetConferenceRooms.MASTER), Token.USER, Batching.NONE,
            new GetConferenceRoomsFeed(GetConferenceRooms.MASTER)),
    getConferenceRoomStatus(new GetConferenceRoomStatusBinding(), Token.USER, Batching.NONE,
            new GetConferenceRoomStatusFeed());

    /** Which of the component's tokens CAM accepts for an operation. */
    private enum Token { USER, ADMINISTRATOR }

    /** Whether the producer may collect an operation's calls into one CAM call (batchSize). */
    private enum Batching { NONE, BATCHABLE }

    private final OperationBinding<?> binding;
    private final boolean needsAdministrator;
    private final boolean batchable;
    private final ChangeFeed<?> changeFeed;

    CamOperation(OperationBinding<?> binding, Token token, Batching batching, ChangeFeed<?> changeFeed) {
        this.binding = binding;
        this.needsAdministrator = token == Token.ADMINISTRATOR;
        this.batchable = batching == Batching.BATCHABLE;
        this.changeFeed = changeFeed;
    }

    /**
     * The operation named {@code name} as a URI or the {@code CamelCamOperation} header spells it
     * (surrounding blanks and a trailing slash ignored); fails naming {@code source} and listing the
     * operations otherwise.
     */
    public static CamOperation fromName(String name, String source) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.endsWith("/")) {
            wanted = wanted.substring(0, wanted.length() - 1);
        }
        for (CamOperation op : values()) {
            if (op.name().equals(wanted)) {
                return op;
            }
        }
        throw new CamValidationException(null, source, "'" + wanted + "' is not a CAM operation; use one of "
                + names(op -> true));
    }

    /** The names of the operations that match, as a list for messages: {@code [sendMessage, ...]}. */
    public static String names(Predicate<CamOperation> which) {
        return Arrays.stream(values()).filter(which).map(Enum::name).collect(Collectors.joining(", ", "[", "]"));
    }

    public OperationBinding<?> binding() {
        return binding;
    }

    /** CAM answers this operation only for an administrator's token (CAM's user API). */
    public boolean needsAdministrator() {
        return needsAdministrator;
    }

    /** The producer may collect this operation's calls into one CAM call when batchSize is above 1. */
    public boolean batchable() {
        return batchable;
    }

    /** What a consumer polls for changes; empty for an operation that cannot be consumed from. */
    public Optional<ChangeFeed<?>> changeFeed() {
        return Optional.ofNullable(changeFeed);
    }

    public boolean pollable() {
        return changeFeed != null;
    }
}
