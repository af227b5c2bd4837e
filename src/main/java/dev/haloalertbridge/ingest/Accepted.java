package dev.haloalertbridge.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.haloalertbridge.alert.Alert;

/**
 * The 202 answer: how many alerts were queued and their fingerprints, in order.
 *
 * @param accepted the number of alerts queued
 * @param fingerprints their fingerprints
 */
record Accepted(int accepted, List<String> fingerprints) {

	static Accepted of(List<Alert> alerts) {
		return new Accepted(alerts.size(), alerts.stream().map((alert) -> alert.fingerprint().value()).toList());
	}

	/**
	 * This answer as JSON, written directly: a fingerprint's characters
	 * ({@code [a-z0-9-:]}) need no escaping, and the 202 is the one answer on the hot
	 * path.
	 * @return the JSON bytes
	 */
	byte[] toJson() {
		StringBuilder json = new StringBuilder(32 + this.fingerprints.size() * 52);
		json.append("{\"accepted\":").append(this.accepted).append(",\"fingerprints\":[");
		for (int i = 0; i < this.fingerprints.size(); i++) {
			json.append((i > 0) ? ",\"" : "\"").append(this.fingerprints.get(i)).append('"');
		}
		return json.append("]}").toString().getBytes(StandardCharsets.US_ASCII);
	}

}
