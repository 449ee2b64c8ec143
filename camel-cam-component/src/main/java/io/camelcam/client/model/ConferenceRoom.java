package io.camelcam.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An entry of the conference-room master list (wire fields assumed, see {@code AssumedContract}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConferenceRoom(String id, String name, Integer capacity, String location) {
}
