package io.camelcam.sandbox.internal.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files of the {@code /_sandbox/} page (HTML, script, style), read from the classpath once. All of
 * them are served by the sandbox itself: the page loads nothing from elsewhere, so it works offline.
 */
final class PageAssets {

    record Asset(String contentType, byte[] body) {
    }

    private static final String BASE = "/io/camelcam/sandbox/page/";
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=UTF-8",
            "page.js", "text/javascript; charset=UTF-8",
            "page.css", "text/css; charset=UTF-8");

    private final Map<String, Asset> assets;

    PageAssets() {
        Map<String, Asset> loaded = new HashMap<>();
        TYPES.forEach((name, type) -> loaded.put(name, new Asset(type, read(name))));
        this.assets = Map.copyOf(loaded);
    }

    /** The asset named by the part of the path after {@code /_sandbox/} ({@code ""} is the page itself). */
    Optional<Asset> find(String name) {
        return Optional.ofNullable(assets.get(name.isEmpty() ? "index.html" : name));
    }

    private static byte[] read(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("the sandbox jar lacks " + BASE + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE + name, e);
        }
    }
}
