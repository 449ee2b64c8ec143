package io.camelcam.client.operation;

import io.camelcam.client.model.CsvDownload;

/** A call whose successful answer is streamed to the caller rather than buffered (exportUsers). */
public non-sealed interface StreamCall<T> extends CamCall<T> {

    T decode(CsvDownload download);

    /** The file name asked for, which the download keeps when CAM names none (Content-Disposition). */
    String requestedFileName();
}
