package io.camelcam.component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camelcam.client.contract.AssumedContract;
import io.camelcam.client.error.CamValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Runs every row of the bad-input table in docs/reliability.md through a real route against the
 * sandbox: each is rejected with a CamValidationException naming the documented field, where the
 * table says (route start-up or the exchange), and no request reaches CAM.
 */
class BadInputTest extends CamTestSupport {

    static final Path DOC = Path.of("../docs/reliability.md");
    private static final String START = "<!-- bad-input table: START -->";
    private static final String END = "<!-- bad-input table: END -->";
    private static final Pattern REPEAT = Pattern.compile("repeat\\((\\d+)\\):(.*)", Pattern.DOTALL);
    private static final Pattern STRINGS = Pattern.compile("strings\\((\\d+)\\):(.*)", Pattern.DOTALL);

    /** One row of the table. */
    record Case(int number, String operation, String input, String uri, String headers, String body,
            String rejectedAt, String field) {

        boolean atStart() {
            return rejectedAt.equals("start");
        }

        @Override
        public String toString() {
            return "#" + number + " " + operation + ": " + input;
        }
    }

    static List<Case> cases() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int from = doc.indexOf(START);
        int to = doc.indexOf(END);
        assertThat(from).as("marker " + START).isNotNegative();
        assertThat(to).as("marker " + END).isGreaterThan(from);
        List<Case> cases = new ArrayList<>();
        for (String line : doc.substring(from + START.length(), to).strip().split("\n")) {
            String[] cells = line.split("\\|", -1);
            if (cells.length < 9 || !cells[1].strip().matches("\\d+")) {
                continue; // header and separator rows
            }
            cases.add(new Case(Integer.parseInt(cells[1].strip()), cell(cells[2]), cell(cells[3]), cell(cells[4]),
                    cell(cells[5]), cell(cells[6]), cell(cells[7]), cell(cells[8])));
        }
        return cases;
    }

    private static String cell(String raw) {
        String value = raw.strip();
        return value.length() >= 2 && value.startsWith("`") && value.endsWith("`")
                ? value.substring(1, value.length() - 1) : value;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedBeforeAnythingIsSent(Case c) throws Exception {
        RouteBuilder route = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:case").routeId("case-" + c.number()).to(c.uri());
            }
        };
        CamValidationException rejection;
        if (c.atStart()) {
            Throwable failure = catchThrowable(() -> context.addRoutes(route));
            rejection = (CamValidationException) CamEndpointTest.validationCause(failure);
            assertThat(context.getRouteController().getRouteStatus("case-" + c.number()))
                    .as("the route must not be running").matches(status -> status == null || !status.isStarted());
        } else {
            context.addRoutes(route);
            Exchange out = template.send("direct:case", exchange -> {
                exchange.getMessage().setBody(body(c.body()));
                for (String header : c.headers().isEmpty() ? new String[0] : c.headers().split(" ; ")) {
                    int eq = header.indexOf('=');
                    exchange.getMessage().setHeader(header.substring(0, eq), unescape(header.substring(eq + 1)));
                }
            });
            assertThat(out.getException()).as("the exchange carries the rejection").isInstanceOf(CamValidationException.class);
            rejection = (CamValidationException) out.getException();
        }
        assertThat(rejection.getField()).as(rejection.getMessage()).isEqualTo(c.field());
        assertThat(rejection.getMessage()).contains(c.field());
        assertThat(SANDBOX.sandbox().requests()).as("requests that reached CAM").isEmpty();
    }

    @Test
    void theTableCoversEveryOperationWithAtLeastFortyDistinctCases() throws IOException {
        List<Case> cases = cases();
        Set<String> distinct = cases.stream().map(c -> c.uri() + "|" + c.headers() + "|" + c.body()).collect(Collectors.toSet());
        Set<String> operations = cases.stream().map(Case::operation).collect(Collectors.toSet());

        assertThat(distinct).hasSizeGreaterThanOrEqualTo(40).hasSize(cases.size());
        assertThat(cases).extracting(Case::number).doesNotHaveDuplicates();
        assertThat(operations).containsAll(Arrays.stream(CamOperation.values()).map(Enum::name).toList());
        assertThat(cases).extracting(Case::rejectedAt).containsOnly("start", "exchange");
    }

    /** The documented limits themselves pass: the table's over-the-limit rows are rejected for the limit, not the size class. */
    @Test
    void theLimitsThemselvesAreAccepted() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:one").to("cam:sendMessage?room=ops");
                from("direct:many").to("cam:sendMessages?room=ops");
                from("direct:call").to("cam:createQuickCall");
            }
        });
        String longest = "x".repeat(AssumedContract.MAX_MESSAGE_LENGTH);
        assertThat(template.send("direct:one", e -> e.getMessage().setBody(longest)).getException()).isNull();
        assertThat(template.send("direct:many", e -> e.getMessage().setBody(
                Collections.nCopies(AssumedContract.MAX_MESSAGES_PER_CALL, "hi"))).getException()).isNull();
        assertThat(template.send("direct:call", e -> e.getMessage().setBody(java.util.Map.of("password",
                "p".repeat(AssumedContract.QUICK_CALL_PASSWORD_MAX_LENGTH)))).getException()).isNull();

        assertThat(SANDBOX.sandbox().messagesIn("ops")).hasSize(1 + AssumedContract.MAX_MESSAGES_PER_CALL)
                .first().satisfies(m -> assertThat(m.text()).hasSize(AssumedContract.MAX_MESSAGE_LENGTH));
        assertThat(SANDBOX.sandbox().quickCalls()).hasSize(1);
    }

    /** Builds a body from the table's notation. */
    static Object body(String spec) throws Exception {
        if (spec.isEmpty() || spec.equals("null")) {
            return null;
        }
        Matcher repeat = REPEAT.matcher(spec);
        if (repeat.matches()) {
            return unescape(repeat.group(2)).repeat(Integer.parseInt(repeat.group(1)));
        }
        Matcher strings = STRINGS.matcher(spec);
        if (strings.matches()) {
            return new ArrayList<>(Collections.nCopies(Integer.parseInt(strings.group(1)), unescape(strings.group(2))));
        }
        String kind = spec.substring(0, spec.indexOf(':'));
        String value = spec.substring(spec.indexOf(':') + 1);
        return switch (kind) {
            case "text" -> unescape(value);
            case "latin1" -> unescape(value).getBytes(StandardCharsets.ISO_8859_1);
            case "json" -> new ObjectMapper().readValue(value, Object.class);
            case "list" -> new ArrayList<>(Collections.singletonList(body(value)));
            case "int" -> Integer.valueOf(value);
            case "instance" -> Class.forName(value).getConstructor().newInstance();
            default -> throw new IllegalArgumentException("unknown body notation: " + spec);
        };
    }

    /** Java-style escapes: \r, \n, \t, \\ and \\uXXXX. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
