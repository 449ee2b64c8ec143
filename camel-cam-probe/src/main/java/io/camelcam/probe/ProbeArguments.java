package io.camelcam.probe;

import java.net.URI;
import java.util.Map;

import io.camelcam.client.ApiToken;
import io.camelcam.client.ServerUrl;
import io.camelcam.client.error.CamValidationException;

/**
 * The probe's command line, checked before anything is sent. Tokens are read from environment variables
 * named on the command line, so they never appear in a process list, a shell history or the output.
 */
record ProbeArguments(URI serverUri, String token, String adminToken, String room, boolean write) {

    static final String USAGE = """
            usage: java -jar camel-cam-probe.jar --server-url URL --token-env VAR [--admin-token-env VAR] [--room ROOM --write]
              --server-url URL        CAM's server URL, e.g. https://cam.example.com
              --token-env VAR         the environment variable holding an API token
              --admin-token-env VAR   the variable holding an administrator's token: also probes exportUsers
              --room ROOM --write     also sends one message to ROOM (off by default: the probe only reads)
            exit codes: 0 as assumed, 1 the server differs, 2 bad arguments, 3 unreachable or not checked""";

    /** Bad arguments, the message naming the option. */
    static final class BadArgumentsException extends Exception {
        private static final long serialVersionUID = 1L;

        BadArgumentsException(String message) {
            super(message);
        }
    }

    static ProbeArguments parse(String[] args, Map<String, String> env) throws BadArgumentsException {
        String serverUrl = null;
        String tokenVariable = null;
        String adminVariable = null;
        String room = null;
        boolean write = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--write" -> write = true;
                case "--server-url" -> serverUrl = value(args, ++i, option);
                case "--token-env" -> tokenVariable = value(args, ++i, option);
                case "--admin-token-env" -> adminVariable = value(args, ++i, option);
                case "--room" -> room = value(args, ++i, option);
                default -> throw new BadArgumentsException("unknown option '" + printable(option) + "'");
            }
        }
        if (serverUrl == null) {
            throw new BadArgumentsException("--server-url is missing");
        }
        if (tokenVariable == null) {
            throw new BadArgumentsException("--token-env is missing: name the environment variable holding the API token");
        }
        if (write != (room != null)) {
            throw new BadArgumentsException(write ? "--write needs --room: the room the test message goes to"
                    : "--room is only used with --write, which sends a message to it");
        }
        if (room != null && room.isBlank()) {
            throw new BadArgumentsException("--room is empty");
        }
        URI uri;
        try {
            uri = ServerUrl.parse(serverUrl);
        } catch (CamValidationException e) {
            throw new BadArgumentsException("--server-url: " + e.getMessage());
        }
        try {
            String token = ApiToken.check(variable(env, tokenVariable, "--token-env"), "--token-env " + tokenVariable);
            String admin = adminVariable == null ? null
                    : ApiToken.check(variable(env, adminVariable, "--admin-token-env"), "--admin-token-env " + adminVariable);
            return new ProbeArguments(uri, token, admin, room, write);
        } catch (CamValidationException e) {
            throw new BadArgumentsException(e.getMessage());
        }
    }

    private static String value(String[] args, int i, String option) throws BadArgumentsException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new BadArgumentsException(option + " needs a value");
        }
        return args[i];
    }

    private static String variable(Map<String, String> env, String name, String option) throws BadArgumentsException {
        String value = env.get(name);
        if (value == null || value.isEmpty()) {
            throw new BadArgumentsException(option + " names the environment variable " + printable(name)
                    + ", which is not set");
        }
        return value;
    }

    /** An argument as it may be echoed: someone may have put a token where a name belongs, so only its start. */
    private static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
    }

    @Override
    public String toString() {
        return "ProbeArguments[" + serverUri + ", token=******, adminToken=" + (adminToken == null ? "none" : "******")
                + ", room=" + room + ", write=" + write + "]";
    }
}
