package io.camelcam.client.error;

/**
 * CAM did not answer within the configured response timeout. As with any
 * {@link CamTransportException} the outcome is unknown: the request may have been processed.
 */
public class CamTimeoutException extends CamTransportException {

    public CamTimeoutException(String operation, String message, Throwable cause) {
        super(operation, message, cause);
    }
}
