package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;

/**
 * Turns one vendor's webhook body into canonical alerts. Adding a vendor is one new
 * {@code @Component} implementing this interface; the webhook endpoint finds it by
 * {@link #source()}.
 */
public interface AlertAdapter {

	/**
	 * The path segment this adapter serves: {@code POST /webhooks/{source}}.
	 * @return a lower-case name such as {@code alertmanager}
	 */
	String source();

	/**
	 * Reads a parsed body.
	 * @param body the JSON the vendor sent
	 * @param receivedAt when the bridge accepted it
	 * @return the alerts it carries, never empty
	 * @throws InvalidPayloadException if the body is not this vendor's shape
	 */
	List<Alert> parse(JsonNode body, Instant receivedAt);

}
