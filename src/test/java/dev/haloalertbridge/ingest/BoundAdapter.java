package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Severity;

/**
 * An adapter bound to one source, so a test reads bodies as that source would.
 *
 * @param adapter the vendor's adapter
 * @param source the source settings it reads with
 */
record BoundAdapter(AlertAdapter adapter, SourceSettings source) {

	/**
	 * An adapter on a source named after its vendor.
	 * @param adapter the adapter
	 * @param defaultSeverity the source's default severity
	 * @return the bound adapter
	 */
	static BoundAdapter of(AlertAdapter adapter, Severity defaultSeverity) {
		return new BoundAdapter(adapter, SourceSettings.of(adapter.vendor(), defaultSeverity));
	}

	List<Alert> parse(JsonNode body, Instant receivedAt) {
		return this.adapter.parse(this.source, body, receivedAt);
	}

}
