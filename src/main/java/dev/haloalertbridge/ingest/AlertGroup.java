package dev.haloalertbridge.ingest;

import tools.jackson.databind.JsonNode;

/**
 * The envelope Alertmanager and Grafana share: a versioned JSON object carrying a
 * non-empty {@code alerts} array, each entry with its own status.
 */
final class AlertGroup {

	private AlertGroup() {
	}

	/**
	 * The alerts of a grouped message, after checking its shape and version.
	 * @param body the message
	 * @param name the sender's name for messages, such as {@code Alertmanager}
	 * @param version the message version the adapter reads
	 * @return the non-empty {@code alerts} array
	 * @throws InvalidPayloadException naming what is wrong
	 */
	static JsonNode alerts(JsonNode body, String name, String version) {
		if (!body.isObject()) {
			throw new InvalidPayloadException(article(name) + " " + name + " message is a JSON object");
		}
		String sent = JsonPaths.scalarAt(body, "version");
		if (!sent.isEmpty() && !version.equals(sent)) {
			throw new InvalidPayloadException(
					name + " message version " + sent + " is not supported (" + version + " is)");
		}
		JsonNode alerts = body.path("alerts");
		if (!alerts.isArray() || alerts.isEmpty()) {
			throw new InvalidPayloadException("'alerts' must be a non-empty array");
		}
		return alerts;
	}

	private static String article(String name) {
		return "AEIOU".indexOf(name.charAt(0)) >= 0 ? "an" : "a";
	}

}
