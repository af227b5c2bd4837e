package dev.haloalertbridge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Fingerprint;

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

	/**
	 * The fingerprint of a grouped alert: the sender's context, then its own fingerprint
	 * when it sent one, else its label set (what the sender's fingerprint hashes), each
	 * key and value its own ingredient so no value can imitate a label boundary.
	 * @param source the source, the fingerprint's namespace
	 * @param context the message's identity, such as its external URL
	 * @param own the alert's own fingerprint, empty when absent
	 * @param labels the alert's labels
	 * @return the fingerprint
	 */
	static Fingerprint fingerprint(String source, List<String> context, String own, Map<String, String> labels) {
		List<String> ingredients = new ArrayList<>(context);
		if (!own.isEmpty()) {
			ingredients.add(own);
			return Fingerprint.of(source, ingredients);
		}
		new TreeMap<>(labels).forEach((key, value) -> {
			ingredients.add(key);
			ingredients.add(value);
		});
		return Fingerprint.of(source, ingredients);
	}

	/**
	 * The first non-blank value of some keys, such as an annotation's summary or title.
	 * @param map labels or annotations
	 * @param keys the keys in order of preference
	 * @return the value, empty when none is set
	 */
	static String first(Map<String, String> map, String... keys) {
		for (String key : keys) {
			String value = map.getOrDefault(key, "");
			if (!value.isBlank()) {
				return value;
			}
		}
		return "";
	}

	private static String article(String name) {
		return "AEIOU".indexOf(name.charAt(0)) >= 0 ? "an" : "a";
	}

}
