package io.camelcam.component.api;

/** The thread an exchange continues on once CAM has answered (option {@code completeOn}). */
public enum CamCompleteOn {
    /**
     * The component's CamCallback pool (default): route steps after the cam: endpoint may block without
     * stalling HttpClient's I/O threads, at the cost of one thread hand-over per answer.
     */
    callbackPool,
    /**
     * HttpClient's I/O thread that read the answer: saves the hand-over, for routes that never block after the
     * cam: endpoint. One blocking step stalls every connection of that I/O thread meanwhile.
     */
    ioThread
}
