package io.camelcam.client.error;

/**
 * No connection to CAM could be made (refused, connect timeout, unknown host, TLS handshake
 * refused, connection pool exhausted): the request was certainly not sent, so redelivering it is
 * safe for every operation.
 */
public class CamConnectException extends CamTransportException {

    public CamConnectException(String operation, String message, Throwable cause) {
        super(operation, message, cause);
    }
}
