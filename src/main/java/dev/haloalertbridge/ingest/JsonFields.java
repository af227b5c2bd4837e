package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

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
			return Optional.of(Instant.parse(value));
		}
		catch (DateTimeParseException ex) {
			throw new InvalidPayloadException("'" + field + "' must be an RFC 3339 time, not '" + value + "'");
		}
	}

}
