package io.camelcam.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One entry of a CAM {@code errors} array, e.g. {@code 805 SC_INVALID_APITOKEN}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CamError(String code, String message) {

    @Override
    public String toString() {
        return code + " " + message;
    }
}
