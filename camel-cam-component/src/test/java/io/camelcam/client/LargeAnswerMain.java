package io.camelcam.client;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Asks for the conference-room list in a small heap while the server answers hundreds of MB.
 * Prints {@code RESULT <exception class>: <message>}.
 */
public final class LargeAnswerMain {

    private LargeAnswerMain() {
    }

    public static void main(String[] args) throws Exception {
        try (CamClient client = CamClient.builder().serverUrl(args[0]).apiToken(args[1])
                .retryPolicy(RetryPolicy.NONE).build()) {
            client.getConferenceMaster().get(120, TimeUnit.SECONDS);
            System.out.println("RESULT read the whole answer");
        } catch (ExecutionException e) {
            System.out.println("RESULT " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
        }
    }
}
