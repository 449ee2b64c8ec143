package io.camelcam.client.error;

/**
 * The exchange with CAM broke off at the network level after the request may have been sent
 * (connection reset or closed mid-response, ...). The outcome is unknown: CAM may have processed
 * the request. Redelivering a non-idempotent operation ({@code sendMessage}, {@code sendMessages})
 * after this can duplicate it.
 */
public class CamTransportException extends CamException {

    public CamTransportException(String operation, String message, Throwable cause) {
        super(operation, message, cause);
    }
}
