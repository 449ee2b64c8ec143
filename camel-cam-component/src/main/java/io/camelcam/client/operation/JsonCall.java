package io.camelcam.client.operation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A call whose successful answer is a JSON document. The client has already checked the HTTP
 * status and CAM's {@code status}/{@code errors} before {@link #decode} sees the root.
 */
public non-sealed interface JsonCall<T> extends CamCall<T> {

    /**
     * @throws IllegalArgumentException or any runtime exception when the document lacks what the
     *         operation promises; the client turns it into a {@code CamResponseException}
     */
    T decode(JsonNode root) throws Exception;

    /**
     * Whether {@link #decode} looks at the answer. When it does not, the client only scans the
     * answer for CAM's {@code status} and {@code errors} instead of building the whole tree, and
     * passes null to {@code decode}.
     */
    default boolean readsAnswer() {
        return true;
    }
}
