package io.camelcam.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import io.camelcam.client.error.CamValidationException;

/** CAM's server URL as the client accepts it, checked before anything is sent. */
public final class ServerUrl {

    private ServerUrl() {
    }

    /**
     * Checks a server URL: http(s), a host, nothing that could split a request line; returns it with
     * a trailing slash, so operations resolve as path segments. Messages never repeat the URL: one
     * written with user info would show its password.
     */
    public static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new CamValidationException(null, "serverUrl", "is missing");
        }
        if (!url.equals(url.trim()) || url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new CamValidationException(null, "serverUrl", "must not contain spaces or control characters such as CR/LF");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new CamValidationException(null, "serverUrl", "is not a URL: " + e.getReason() + " at index " + e.getIndex());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new CamValidationException(null, "serverUrl", "must start with http:// or https://, not '" + scheme + ":'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new CamValidationException(null, "serverUrl", "has no host");
        }
        if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new CamValidationException(null, "serverUrl", "must not carry a query, fragment or user info");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    /** A server on the client's own host (the sandbox, an SSH tunnel) is reached without the token leaving it. */
    static boolean isLoopback(String host) {
        return host != null && (host.equalsIgnoreCase("localhost") || host.startsWith("127.")
                || host.equals("[::1]") || host.equals("::1"));
    }
}
