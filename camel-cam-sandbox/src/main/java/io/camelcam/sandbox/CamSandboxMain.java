package io.camelcam.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a sandbox until Ctrl-C:
 * {@code java -jar camel-cam-sandbox.jar --port 8080 --token T --admin-token A [--https] [--bind 0.0.0.0] [--synthetic-users N] [--latency 5ms]}.
 * It prints the tokens: it is a demo tool, and whoever starts it chose them.
 */
public final class CamSandboxMain {

    private static final String USAGE = """
            usage: java -jar camel-cam-sandbox.jar [options]
              --port N              port to listen on (default 8080; 0 = any free port)
              --token T             the user API token (default %s)
              --admin-token A       the administrator API token (default %s)
              --bind HOST           address to bind (default 127.0.0.1; 0.0.0.0 for all interfaces)
              --https               serve HTTPS with a generated self-signed certificate
              --synthetic-users N   add N generated users, up to 99999999 (for export benchmarks)
              --threads N           worker threads
              --latency D           hold every answer back this long, e.g. 5ms, 1s (default 0)
              --help                show this text
            """.formatted(CamSandbox.DEFAULT_USER_TOKEN, CamSandbox.DEFAULT_ADMIN_TOKEN);

    private CamSandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CamSandbox.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (builder == null) {
            System.out.print(USAGE);
            return;
        }
        CamSandbox sandbox = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "cam-sandbox-shutdown"));
        describe(sandbox, System.out);
        stopped.await();
    }

    /** The builder the arguments describe, or {@code null} for {@code --help}. */
    static CamSandbox.Builder parse(String[] args) {
        CamSandbox.Builder builder = CamSandbox.builder().port(8080);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--https" -> builder.https(true);
                case "--port" -> builder.port(number(option, value(args, ++i, option)));
                case "--token" -> builder.userToken(value(args, ++i, option));
                case "--admin-token" -> builder.adminToken(value(args, ++i, option));
                case "--bind" -> builder.bindAddress(value(args, ++i, option));
                case "--synthetic-users" -> builder.syntheticUsers(number(option, value(args, ++i, option)));
                case "--threads" -> builder.threads(number(option, value(args, ++i, option)));
                case "--latency" -> builder.latency(duration(option, value(args, ++i, option)));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return builder;
    }

    private static void describe(CamSandbox sandbox, PrintStream out) {
        out.println("CAM sandbox listening on " + sandbox.url());
        out.println("  inspection page : " + sandbox.url() + "/_sandbox/");
        out.println("  user token      : " + sandbox.userToken());
        out.println("  admin token     : " + sandbox.adminToken());
        String curl = "curl";
        if (sandbox.url().startsWith("https:")) {
            out.println("  certificate     : " + sandbox.certificatePath());
            out.println("  trust store     : " + sandbox.trustStorePath() + "  password " + sandbox.trustStorePassword());
            curl += " --cacert " + sandbox.certificatePath();
        }
        out.println("  try             : " + curl + " -H \"x-cam-apiToken:" + sandbox.userToken() + "\" "
                + sandbox.url() + "/getConferenceRooms");
        out.println("Press Ctrl-C to stop.");
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    /** {@code 5ms}, {@code 1s}, {@code 250us} or {@code 0}. */
    static Duration duration(String option, String value) {
        String number = value;
        long unitNanos = 1_000_000L;
        for (String[] unit : new String[][] {{"us", "1000"}, {"ms", "1000000"}, {"s", "1000000000"}}) {
            if (value.endsWith(unit[0])) {
                number = value.substring(0, value.length() - unit[0].length());
                unitNanos = Long.parseLong(unit[1]);
                break;
            }
        }
        long amount;
        try {
            amount = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a duration such as 5ms or 1s, not '" + value + "'");
        }
        if (amount < 0) {
            throw new IllegalArgumentException(option + " must not be negative, not '" + value + "'");
        }
        if (!value.equals("0") && number.equals(value)) {
            throw new IllegalArgumentException(option + " needs a unit (us, ms or s), not '" + value + "'");
        }
        try {
            return Duration.ofNanos(Math.multiplyExact(amount, unitNanos));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(option + " is too long: '" + value + "'");
        }
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
    }
}
