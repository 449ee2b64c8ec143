package io.camelcam.client.operation;

/**
 * One validated CAM request, ready to send. Constructing one validates the input and throws
 * {@link io.camelcam.client.error.CamValidationException} on bad input, so an invalid call never
 * exists and nothing invalid is ever sent.
 *
 * @param <T> the typed result
 */
public sealed interface CamCall<T> permits JsonCall, StreamCall {

    /** The CAM operation name, which is also the URL path, e.g. {@code sendMessage}. */
    String operation();

    /** Read-only calls may be retried after a transient failure; writes never are, silently. */
    boolean idempotent();

    RequestBody body();

    /** Frees what the call holds (a spooled temporary file) once it is finally done; called once. */
    default void release() {
    }
}
