package io.camelcam.sandbox.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.camelcam.sandbox.internal.cam.ErrorEntry;
import io.camelcam.sandbox.internal.cam.JsonReplies;
import io.camelcam.sandbox.internal.cam.OperationHandler;
import io.camelcam.sandbox.internal.cam.Reply;
import io.camelcam.sandbox.internal.cam.RequestRefusedException;
import io.camelcam.sandbox.internal.cam.Role;
import io.camelcam.sandbox.internal.drift.AnswerDrifter;
import io.camelcam.sandbox.internal.fault.Fault;
import io.camelcam.sandbox.internal.fault.FaultEngine;
import io.camelcam.sandbox.internal.state.RequestLog;

/**
 * Serves {@code /<operation>}: picks the fault, checks method and token, runs the operation's handler,
 * records the request and writes the reply. Whatever a client sends ends as a CAM answer; only a bug in
 * the sandbox can make an HTTP 500, and even that carries no stack trace.
 */
public final class CamDispatcher implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(CamDispatcher.class.getName());
    private static final byte[] NOT_FOUND = "Not found\n".getBytes(StandardCharsets.UTF_8);

    private final Map<String, OperationHandler> byPath = new HashMap<>();
    private final Tokens tokens;
    private final FaultEngine faults;
    private final AnswerDrifter drifter;
    private final RequestLog requests;
    private final Clock clock;
    private final AnswerDelay delay;

    public CamDispatcher(List<OperationHandler> operations, Tokens tokens, FaultEngine faults, AnswerDrifter drifter,
                         RequestLog requests, Clock clock, AnswerDelay delay) {
        operations.forEach(op -> byPath.put("/" + op.name(), op));
        this.tokens = tokens;
        this.faults = faults;
        this.drifter = drifter;
        this.requests = requests;
        this.clock = clock;
        this.delay = delay;
    }

    /** An IOException out of here makes the server close the connection: wanted for a dropped or dead client. */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        OperationHandler op = byPath.get(exchange.getRequestURI().getRawPath());
        if (op == null) {
            RequestBodies.discardRest(exchange.getRequestBody());
            Responses.send(exchange, 404, Reply.TEXT_UTF8, Map.of(), NOT_FOUND);
            exchange.close();
        } else {
            serve(exchange, op);
        }
    }

    private void serve(HttpExchange exchange, OperationHandler op) throws IOException {
        long started = System.nanoTime();
        Instant at = clock.instant();
        String method = exchange.getRequestMethod();
        Role role = tokens.roleOf(exchange.getRequestHeaders().getFirst(Tokens.HEADER));
        Fault fault = faults.next(op.name());
        CountingInputStream body = new CountingInputStream(exchange.getRequestBody());

        Reply reply = fault != null && !fault.kind().processesRequest()
                ? FaultReplies.replacing(fault)
                : drifter.apply(op.name(), process(exchange, op, method, role, body));

        requests.record(at, method, op.name(), role.name(), reply.httpStatus(), reply.camStatus(),
                reply.errorCodes(), fault == null ? null : fault.kind().name(), body.count());
        // a refusal (wrong token, method or content type) leaves the body unread: read it, or the client loses the answer
        RequestBodies.discardRest(body);
        delay.send(exchange, () -> ReplyWriter.write(exchange, reply, fault));
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "{0} /{1} role={2} http={3} cam={4} errors={5} fault={6} bytes={7} {8} us",
                    method, op.name(), role, reply.httpStatus(), reply.camStatus(), reply.errorCodes(),
                    fault == null ? "-" : fault.kind(), body.count(), (System.nanoTime() - started) / 1000);
        }
    }

    private Reply process(HttpExchange exchange, OperationHandler op, String method, Role role,
                          CountingInputStream body) throws IOException {
        boolean allowed = "POST".equals(method) || ("GET".equals(method) && op.acceptsGet());
        if (!allowed) {
            return Reply.text(405, "Method Not Allowed", Map.of("Allow", op.acceptsGet() ? "GET, POST" : "POST"));
        }
        if (role == Role.NONE) {
            return JsonReplies.errors(List.of(ErrorEntry.INVALID_TOKEN));
        }
        if (op.adminOnly() && role != Role.ADMIN) {
            return JsonReplies.errors(List.of(ErrorEntry.PERMISSION_DENIED));
        }
        try {
            return op.handle(new HttpOperationRequest(exchange, body));
        } catch (RequestRefusedException refused) {
            return JsonReplies.errors(refused.errors());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.WARNING, "internal error in /" + op.name() + "; answering HTTP 500", e);
            return Reply.internalError();
        }
    }
}
