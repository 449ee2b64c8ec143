package io.camelcam.probe;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import io.camelcam.probe.ProbeRow.Verdict;

/**
 * {@code java -jar camel-cam-probe.jar --server-url URL --token-env VAR [--admin-token-env VAR] [--room ROOM --write]}:
 * checks a CAM server against the wire contract the component assumes and prints one row per operation.
 * Read-only unless {@code --write}. Prints field names, statuses and error codes, never a token or a value.
 */
public final class ContractProbeMain {

    public static final int AS_ASSUMED = 0;
    public static final int DIFFERS = 1;
    public static final int BAD_ARGUMENTS = 2;
    public static final int NOT_CHECKED = 3;

    private ContractProbeMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** The probe without exiting: the exit code it would end with. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        ProbeArguments arguments;
        try {
            arguments = ProbeArguments.parse(args, env);
        } catch (ProbeArguments.BadArgumentsException e) {
            err.println("camel-cam-probe: " + e.getMessage());
            err.println(ProbeArguments.USAGE);
            return BAD_ARGUMENTS;
        }
        out.println("CAM contract probe of " + arguments.serverUri() + (arguments.write()
                ? " (sends one message to room " + arguments.room() + ")" : " (read-only)"));
        List<ProbeRow> rows = new ContractProbe(arguments).run();
        out.print(ProbeTable.render(rows));
        int code = exitCode(rows);
        out.println(switch (code) {
            case AS_ASSUMED -> "The server answered as the component assumes.";
            case DIFFERS -> "The server differs from what the component assumes: see the rows marked DIFFERS and "
                    + "the assumed contract in docs/cam-component.adoc.";
            default -> "Some operations could not be checked: see the verdicts.";
        });
        return code;
    }

    static int exitCode(List<ProbeRow> rows) {
        if (rows.stream().anyMatch(r -> r.verdict() == Verdict.DIFFERS)) {
            return DIFFERS;
        }
        boolean unchecked = rows.stream().anyMatch(r -> r.verdict() == Verdict.UNREACHABLE
                || r.verdict() == Verdict.NOT_CHECKED);
        return unchecked ? NOT_CHECKED : AS_ASSUMED;
    }
}
