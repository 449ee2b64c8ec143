package io.camelcam.client.operation;

import org.junit.jupiter.api.Test;

import io.camelcam.client.model.ConferenceRoom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetConferenceRoomsTest {

    @Test
    void bothNamesReadTheMasterListAndIgnoreFieldsTheyDoNotKnow() throws Exception {
        for (String name : new String[] {GetConferenceRooms.MASTER, GetConferenceRooms.LEGACY}) {
            GetConferenceRooms call = new GetConferenceRooms(name);
            assertThat(call.operation()).isEqualTo(name);
            assertThat(call.idempotent()).isTrue();
            assertThat(call.decode(WireFields.answer("{\"conferenceRooms\":[{\"id\":\"c1\",\"name\":\"A\",\"capacity\":8,"
                    + "\"location\":\"3F\",\"color\":\"blue\"}]}"))).containsExactly(new ConferenceRoom("c1", "A", 8, "3F"));
        }
        assertThatThrownBy(() -> new GetConferenceRooms(GetConferenceRooms.MASTER).decode(WireFields.answer("{}")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
