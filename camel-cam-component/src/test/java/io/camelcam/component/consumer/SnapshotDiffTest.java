package io.camelcam.component.consumer;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.camelcam.client.model.RoomReservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotDiffTest {

    static final GetConferenceRoomStatusFeed FEED = new GetConferenceRoomStatusFeed();

    static RoomReservation reservation(String id, String start, String title) {
        LocalDateTime begin = LocalDateTime.parse(start);
        return new RoomReservation(id, "CR001", "会議室A", title, begin, begin.plusHours(1), "u1", "2026-11-01T00:00:00Z");
    }

    static final RoomReservation A = reservation("R-A", "2026-11-02T09:00", "Standup");
    static final RoomReservation B = reservation("R-B", "2026-11-03T10:00", "Review");
    static final RoomReservation C = reservation("R-C", "2026-11-30T16:00", "Retro");
    static final RoomReservation D = reservation("R-D", "2026-12-01T09:00", "Planning");

    static Snapshot<RoomReservation> snapshot(Object... periodsAndEntries) {
        Map<String, List<RoomReservation>> fetched = new LinkedHashMap<>();
        for (int i = 0; i < periodsAndEntries.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<RoomReservation> entries = (List<RoomReservation>) periodsAndEntries[i + 1];
            fetched.put((String) periodsAndEntries[i], entries);
        }
        return Snapshot.of(fetched, FEED::id);
    }

    static List<Change<RoomReservation>> diff(Snapshot<RoomReservation> before, Snapshot<RoomReservation> after,
            boolean emitNewlyWatched) {
        return SnapshotDiff.changes(before, after, emitNewlyWatched, FEED::id, FEED.order());
    }

    static List<String> described(List<Change<RoomReservation>> changes) {
        return changes.stream().map(c -> c.type() + " " + c.current().id()).toList();
    }

    @Test
    void nothingChangedMeansNoChange() {
        Snapshot<RoomReservation> november = snapshot("202611", List.of(A, B, C));
        assertThat(diff(november, snapshot("202611", List.of(C, A, B)), true)).isEmpty();
    }

    @Test
    void deletionsFirstThenUpdatesThenCreationsEachByStartThenId() {
        RoomReservation renamedB = reservation("R-B", "2026-11-03T10:00", "Review (moved online)");
        RoomReservation movedA = reservation("R-A", "2026-11-20T09:00", "Standup");
        RoomReservation early = reservation("R-Z", "2026-11-01T08:00", "Early");
        RoomReservation sameStartLowerId = reservation("R-Y", "2026-11-01T08:00", "Also early");

        List<Change<RoomReservation>> changes = diff(snapshot("202611", List.of(A, B, C)),
                snapshot("202611", List.of(movedA, renamedB, early, sameStartLowerId)), false);

        assertThat(described(changes)).containsExactly("DELETED R-C", "UPDATED R-B", "UPDATED R-A", "CREATED R-Y", "CREATED R-Z");
        assertThat(changes.get(0).before()).isEqualTo(C);
        assertThat(changes.get(0).after()).isNull();
        assertThat(changes.get(1).before()).isEqualTo(B);
        assertThat(changes.get(1).after()).isEqualTo(renamedB);
    }

    @Test
    void anyFieldCountsIncludingUpdatedAt() {
        RoomReservation touched = new RoomReservation(A.id(), A.roomId(), A.roomName(), A.title(), A.start(), A.end(),
                A.userId(), "2026-11-05T03:00:00Z");
        assertThat(described(diff(snapshot("202611", List.of(A)), snapshot("202611", List.of(touched)), false)))
                .containsExactly("UPDATED R-A");
    }

    @Test
    void theFirstPollIsABaselineUnlessExistingEntriesAreToBeEmitted() {
        Snapshot<RoomReservation> first = snapshot("202611", List.of(C, A), "202612", List.of(D));

        assertThat(diff(Snapshot.empty(), first, false)).isEmpty();
        assertThat(described(diff(Snapshot.empty(), first, true)))
                .containsExactly("CREATED R-A", "CREATED R-C", "CREATED R-D");
    }

    @Test
    void aMovingWindowNeitherDeletesWhatLeftItNorCreatesWhatEnteredIt() {
        RoomReservation movedC = reservation("R-C", "2026-12-01T16:00", "Retro");
        RoomReservation january = reservation("R-J", "2027-01-05T09:00", "Kick-off");
        Snapshot<RoomReservation> before = snapshot("202611", List.of(A, B, C), "202612", List.of(D));
        Snapshot<RoomReservation> after = snapshot("202612", List.of(movedC, D), "202701", List.of(january));

        assertThat(described(diff(before, after, false))).as("A and B left the window, January is new")
                .containsExactly("UPDATED R-C");
        assertThat(described(diff(before, after, true))).containsExactly("UPDATED R-C", "CREATED R-J");
    }

    @Test
    void aReservationMovedAcrossTheMonthBoundaryIsOneUpdate() {
        RoomReservation movedC = reservation("R-C", "2026-12-01T09:00", "Retro");
        List<Change<RoomReservation>> changes = diff(snapshot("202611", List.of(C), "202612", List.of()),
                snapshot("202611", List.of(), "202612", List.of(movedC)), false);

        assertThat(described(changes)).containsExactly("UPDATED R-C");
        assertThat(changes.get(0).period()).isEqualTo("202612");
    }

    @Test
    void aReservationMovedOutOfTheWindowIsGoneFromWhatIsWatched() {
        assertThat(described(diff(snapshot("202611", List.of(A, B)), snapshot("202611", List.of(A)), false)))
                .containsExactly("DELETED R-B");
    }

    @Test
    void anEntryListedUnderTwoPeriodsCountsOnceAndEntriesWithoutIdAreLeftOut() {
        RoomReservation noId = reservation(null, "2026-11-10T09:00", "Mystery");
        Snapshot<RoomReservation> snapshot = snapshot("202611", List.of(C, noId), "202612", List.of(C, D));

        assertThat(snapshot.byId()).containsOnlyKeys("R-C", "R-D");
        assertThat(snapshot.byId().get("R-C").period()).isEqualTo("202611");
        assertThat(snapshot.periods().get("202612")).containsOnlyKeys("R-D");
    }

    @Test
    void withoutAChangeTheNextDiffFindsItAgain() {
        RoomReservation renamedB = reservation("R-B", "2026-11-03T10:00", "Review (moved online)");
        Snapshot<RoomReservation> before = snapshot("202611", List.of(A, B));
        Snapshot<RoomReservation> now = snapshot("202611", List.of(renamedB, C));
        List<Change<RoomReservation>> changes = diff(before, now, false);
        assertThat(described(changes)).containsExactly("DELETED R-A", "UPDATED R-B", "CREATED R-C");

        for (Change<RoomReservation> change : changes) {
            assertThat(diff(now.without(change, FEED::id), now, false)).as(change.type().name()).containsExactly(change);
        }
        Snapshot<RoomReservation> nothingTaken = now;
        for (Change<RoomReservation> change : changes) {
            nothingTaken = nothingTaken.without(change, FEED::id);
        }
        assertThat(nothingTaken).isEqualTo(before);
    }

    @Test
    void aWatchedEmptyPeriodDiffersFromAnUnwatchedOne() {
        assertThat(snapshot("202611", List.of())).isNotEqualTo(Snapshot.empty());
        assertThat(described(diff(snapshot("202611", List.of()), snapshot("202611", List.of(A)), false)))
                .containsExactly("CREATED R-A");
    }

    @Test
    void theStoredFormRoundTripsAndNamesWhoseStateItIs() {
        SnapshotCodec<RoomReservation> codec = new SnapshotCodec<>(RoomReservation.class, FEED::id, FEED.order());
        Snapshot<RoomReservation> snapshot = snapshot("202611", List.of(C, A, B), "202612", List.of());

        String json = codec.encode("getConferenceRoomStatus:current", snapshot);

        assertThat(json).startsWith("{\"format\":1,\"key\":\"getConferenceRoomStatus:current\",\"periods\":{\"202611\":[{\"id\":\"R-A\"")
                .contains("\"202612\":[]").contains("\"start\":\"2026-11-02T09:00\"").doesNotContain("\n");
        assertThat(codec.decode("getConferenceRoomStatus:current", json)).isEqualTo(snapshot);
        assertThatThrownBy(() -> codec.decode("getConferenceRoomStatus:next", json))
                .hasMessageContaining("holds the state of 'getConferenceRoomStatus:current', not of 'getConferenceRoomStatus:next'");
        assertThatThrownBy(() -> codec.decode("k", "{\"format\":2,\"key\":\"k\",\"periods\":{}}"))
                .hasMessageContaining("format 1");
        assertThatThrownBy(() -> codec.decode("k", "{\"format\":1,")).hasMessageContaining("is not JSON");
    }
}
