package io.camelcam.client.error;

/**
 * Base of every failure the CAM client reports. Unchecked, so it travels through
 * {@link java.util.concurrent.CompletableFuture} and Camel's error handler unchanged.
 * Messages never contain the API token or a quick-call password.
 */
public class CamException extends RuntimeException {

    private final String operation;

    public CamException(String operation, String message) {
        this(operation, message, null);
    }

    public CamException(String operation, String message, Throwable cause) {
        super(operation == null ? message : "CAM " + operation + ": " + message, cause);
        this.operation = operation;
    }

    /** The CAM operation that failed, e.g. {@code sendMessage}; null when not tied to one. */
    public String getOperation() {
        return operation;
    }
}
