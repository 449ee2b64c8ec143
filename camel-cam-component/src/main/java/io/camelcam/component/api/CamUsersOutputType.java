package io.camelcam.component.api;

/** How exportUsers hands the users CSV to the route. */
public enum CamUsersOutputType {
    /** The CSV as an InputStream, streamed while it arrives (default). */
    stream,
    /** A List of CamUser, read whole. */
    list,
    /** An Iterator of CamUser read lazily from the stream: pair it with split().streaming(). */
    iterator
}
