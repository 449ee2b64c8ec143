package io.camelcam.examples.mailtochat;

/** A mail whose structure cannot be read (e.g. a multipart without its boundary): it goes to the error folder. */
public class UnreadableMailException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableMailException(String message, Throwable cause) {
        super(message, cause);
    }
}
