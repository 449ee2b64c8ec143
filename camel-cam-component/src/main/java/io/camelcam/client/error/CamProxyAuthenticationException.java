package io.camelcam.client.error;

/**
 * The HTTP proxy between the client and CAM answered 407 Proxy Authentication Required: no proxy
 * credentials were configured, or the proxy refused them. The request never reached CAM.
 */
public class CamProxyAuthenticationException extends CamHttpException {

    public static final int STATUS = 407;

    public CamProxyAuthenticationException(String operation, String reason) {
        super(operation, STATUS, (reason == null || reason.isBlank() ? "Proxy Authentication Required" : reason)
                + " (the proxy refused the request: set proxyUsername and proxyPassword, or check them)", null, null);
    }
}
