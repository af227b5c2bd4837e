package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;

/**
 * Turns one vendor's body into canonical alerts, whatever transport brought it. Adding a
 * vendor is one new {@code @Component} implementing this interface; a source configured
 * with {@code vendor: <name>} uses it.
 */
public interface AlertAdapter {

	/**
	 * The vendor this adapter reads, as {@code bridge.ingest.sources.<source>.vendor}
	 * names it.
	 * @return a lower-case name such as {@code alertmanager}
	 */
	String vendor();

	/**
	 * Reads a parsed body. The alerts carry the source's name, and their fingerprints are
	 * in its namespace.
	 * @param source the source the body arrived on
	 * @param body the JSON the vendor sent
	 * @param receivedAt when the bridge accepted it
	 * @return the alerts it carries, never empty
	 * @throws InvalidPayloadException if the body is not this vendor's shape; the message
	 * names the field
	 */
	List<Alert> parse(SourceSettings source, JsonNode body, Instant receivedAt);

}
