package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Lenient reads of vendor JSON that turn a wrong shape into an
 * {@link InvalidPayloadException} naming the field, rather than a null or a class cast
 * deep in the pipeline.
 */
final class JsonFields {

	private JsonFields() {
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isString() || value.isNumber() || value.isBoolean()) {
			return value.asString().strip();
		}
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		throw new InvalidPayloadException("'" + field + "' must be a string");
	}

	static String required(JsonNode node, String field) {
		String value = text(node, field);
		if (value.isEmpty()) {
			throw new InvalidPayloadException("'" + field + "' is required");
		}
		return value;
	}

	static Map<String, String> stringMap(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return Map.of();
		}
		if (!value.isObject()) {
			throw new InvalidPayloadException("'" + field + "' must be an object of strings");
		}
		Map<String, String> map = new LinkedHashMap<>();
		value.properties().forEach((entry) -> map.put(entry.getKey(), text(value, entry.getKey())));
		return map;
	}

	static Optional<Instant> instant(JsonNode node, String field) {
		String value = text(node, field);
		if (value.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Timestamps.parse(value));
		}
		catch (DateTimeParseException ex) {
			throw new InvalidPayloadException("'" + field + "' must be an RFC 3339 time, not '" + value + "'");
		}
	}

	/**
	 * The value of a scalar field as one canonical string, because senders that stringify
	 * values must still make the same fingerprint: {@code 51006} and {@code "51006"} both
	 * give {@code 51006}, an integral {@code 1.0} gives {@code 1}, and integers of any
	 * size stay exact (never a double).
	 * @param node the object holding the field
	 * @param field the field's name
	 * @return the value, empty when missing or null
	 * @throws InvalidPayloadException if the value is an object or array
	 */
	static String scalar(JsonNode node, String field) {
		return canonical(node.path(field), "'" + field + "'");
	}

	/**
	 * {@link #scalar(JsonNode, String)} for a value found by JSON Pointer.
	 * @param root the body
	 * @param pointer where the value is
	 * @return the value, empty when missing or null
	 */
	static String scalarAt(JsonNode root, JsonPointer pointer) {
		return canonical(root.at(pointer), "'" + pointer + "'");
	}

	/**
	 * A JSON Pointer from configuration, refused with a message naming the option.
	 * @param expression the pointer's text, such as {@code /device/serial}
	 * @param option the option it came from
	 * @return the pointer
	 */
	static JsonPointer pointer(String expression, String option) {
		String trimmed = expression.strip();
		try {
			if (!trimmed.startsWith("/")) {
				throw new IllegalArgumentException("no leading /");
			}
			return JsonPointer.compile(trimmed);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidPayloadException(
					"option '" + option + "': '" + trimmed + "' is not a JSON Pointer such as /device/serial");
		}
	}

	/**
	 * The scalars of an object down to a small depth, as ticket labels keyed by their
	 * dotted path. Bounded, so a hostile body cannot make a huge ticket; fields whose
	 * name suggests a credential are left out.
	 * @param node the object
	 * @param maxDepth how many object levels to descend
	 * @param maxEntries the most labels kept
	 * @return the labels in body order
	 */
	static Map<String, String> scalarLabels(JsonNode node, int maxDepth, int maxEntries) {
		Map<String, String> labels = new LinkedHashMap<>();
		collectLabels(node, "", maxDepth, maxEntries, labels);
		return labels;
	}

	private static void collectLabels(JsonNode node, String prefix, int depth, int maxEntries,
			Map<String, String> labels) {
		if (!node.isObject() || depth <= 0) {
			return;
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String key = prefix + entry.getKey();
			JsonNode value = entry.getValue();
			if (labels.size() >= maxEntries || key.length() > 200 || looksSecret(entry.getKey())) {
				continue;
			}
			if (value.isObject()) {
				collectLabels(value, key + ".", depth - 1, maxEntries, labels);
			}
			else if (!value.isContainer()) {
				String text = canonical(value, "'" + key + "'");
				if (!text.isEmpty()) {
					labels.put(key, text);
				}
			}
		}
	}

	private static boolean looksSecret(String key) {
		String lower = key.toLowerCase(Locale.ROOT);
		return lower.contains("secret") || lower.contains("token") || lower.contains("password");
	}

	private static String canonical(JsonNode value, String name) {
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		if (value.isString() || value.isBoolean()) {
			return value.asString().strip();
		}
		if (value.isNumber()) {
			return JsonPaths.number(value);
		}
		throw new InvalidPayloadException(name + " must be a string or number");
	}

	/**
	 * A nested object that may be absent, so that reads inside it find nothing rather
	 * than fail.
	 * @param node the object holding the field
	 * @param field the field's name
	 * @return the object, or a missing node when absent or null
	 * @throws InvalidPayloadException if the value is not an object
	 */
	static JsonNode object(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isObject() && !value.isMissingNode() && !value.isNull()) {
			throw new InvalidPayloadException("'" + field + "' must be an object");
		}
		return value.isNull() ? MissingNode.getInstance() : value;
	}

}
