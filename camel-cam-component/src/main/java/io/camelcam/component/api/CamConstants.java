package io.camelcam.component.api;

import org.apache.camel.spi.Metadata;

/**
 * Every header the cam component reads or writes. Headers set by a route override endpoint options.
 * {@code important = true} marks, for tooling, the few a route sets or reads most: where a message goes
 * (the operation override, room, users), the link a quick call is shared by, and the change type a
 * consumer's route chooses on.
 */
public final class CamConstants {

    @Metadata(description = "Overrides the endpoint's operation for this message, e.g. sendMessages.",
              javaType = "String", label = "producer", important = true)
    public static final String OPERATION = "CamelCamOperation";

    @Metadata(description = "sendMessage, sendMessages: the chat room to send to; overrides the room option.",
              javaType = "String", label = "producer", important = true)
    public static final String ROOM = "CamelCamRoom";

    @Metadata(description = "sendMessage, sendMessages: recipients of a direct message, or users mentioned in a room; "
                            + "comma-separated e-mail addresses or a List of them. Overrides the users option.",
              javaType = "String or java.util.List<String>", label = "producer", important = true)
    public static final String USERS = "CamelCamUsers";

    @Metadata(description = "sendMessage, sendMessages: send as a sealed letter; overrides the sealed option.",
              javaType = "Boolean", label = "producer")
    public static final String SEALED = "CamelCamSealed";

    @Metadata(description = "sendMessages: how many messages were sent.", javaType = "Integer", label = "producer")
    public static final String MESSAGE_COUNT = "CamelCamMessageCount";

    @Metadata(description = "getConferenceRoomStatus: yyyyMM, yyyyMMdd, current or next; overrides the month option. "
                            + "On the result: the yyyyMM or yyyyMMdd actually asked for.",
              javaType = "String")
    public static final String MONTH = "CamelCamMonth";

    @Metadata(description = "createQuickCall: the URL of the created quick call.", javaType = "String", label = "producer", important = true)
    public static final String QUICK_CALL_URL = "CamelCamQuickCallUrl";

    @Metadata(description = "createQuickCall: when the quick call expires. Set on the way in (Instant, java.util.Date "
                            + "or Unix milliseconds) it overrides expireTime and expiresIn.",
              javaType = "java.time.Instant", label = "producer")
    public static final String QUICK_CALL_EXPIRES_AT = "CamelCamQuickCallExpiresAt";

    @Metadata(description = "exportUsers: the file name asked for (overrides the path option); on the result, the "
                            + "name CAM gave the CSV.",
              javaType = "String", label = "producer")
    public static final String FILE_NAME = "CamelCamFileName";

    @Metadata(description = "updateUsersCSV: users created (-1 when CAM does not say).", javaType = "Integer", label = "producer")
    public static final String USERS_CREATED = "CamelCamUsersCreated";

    @Metadata(description = "updateUsersCSV: users updated (-1 when CAM does not say).", javaType = "Integer", label = "producer")
    public static final String USERS_UPDATED = "CamelCamUsersUpdated";

    @Metadata(description = "updateChatRoom: the id of the stored chat room.", javaType = "String", label = "producer")
    public static final String CHAT_ROOM_ID = "CamelCamChatRoomId";

    @Metadata(description = "getConferenceRooms, getConferenceMaster, getConferenceRoomStatus: number of entries returned.",
              javaType = "Integer")
    public static final String RESULT_COUNT = "CamelCamResultCount";

    @Metadata(description = "Consumer: what happened to the entry in the body since the previous poll: CREATED, UPDATED "
                            + "or DELETED.",
              javaType = "String", label = "consumer", important = true)
    public static final String CHANGE_TYPE = "CamelCamChangeType";

    @Metadata(description = "Consumer: the id of the conference room: the reservation's room, or the master-list entry.",
              javaType = "String", label = "consumer")
    public static final String CONFERENCE_ROOM_ID = "CamelCamConferenceRoomId";

    @Metadata(description = "getConferenceRoomStatus consumer: the id of the reservation.", javaType = "String",
              label = "consumer")
    public static final String RESERVATION_ID = "CamelCamReservationId";

    @Metadata(description = "Consumer, UPDATED only: the entry as the previous poll saw it (the body holds it as it is "
                            + "now), e.g. to say what moved.",
              javaType = "io.camelcam.client.model.RoomReservation or io.camelcam.client.model.ConferenceRoom",
              label = "consumer")
    public static final String PREVIOUS = "CamelCamPrevious";

    private CamConstants() {
    }
}
