/**
 * One class per CAM operation: each validates its input (before anything is sent), encodes its
 * request and decodes its response, so an operation's whole wire mapping is in one file.
 * {@link io.camelcam.client.CamClient} runs them; the Camel layer never touches the wire.
 */
package io.camelcam.client.operation;
