package dev.haloalertbridge.sandbox;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lenient readers and small builders for Halo's JSON. Halo sends ids as numbers, decimals
 * or strings, so every id is read through {@link #longValue(JsonNode, String)}.
 */
final class Json {

	private Json() {
	}

	static ObjectNode object() {
		return JsonNodeFactory.instance.objectNode();
	}

	static JsonNode string(String value) {
		return JsonNodeFactory.instance.stringNode(value);
	}

	static ArrayNode array(Collection<? extends JsonNode> items) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		items.forEach(array::add);
		return array;
	}

	static Optional<Long> longValue(JsonNode item, String name) {
		JsonNode node = item.path(name);
		if (node.isNumber()) {
			return Optional.of(node.longValue());
		}
		if (node.isString()) {
			return parse(node.stringValue());
		}
		return Optional.empty();
	}

	/** Reads {@code 12}, {@code 12.0} or {@code " 12 "} as 12. */
	static Optional<Long> parse(String text) {
		try {
			return Optional.of((long) Double.parseDouble(text.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	static Optional<String> text(JsonNode item, String name) {
		JsonNode node = item.path(name);
		return (node.isString() || node.isNumber()) ? Optional.of(node.asString()) : Optional.empty();
	}

	static boolean flag(JsonNode item, String name) {
		JsonNode node = item.path(name);
		return node.isBoolean() ? node.booleanValue() : "true".equalsIgnoreCase(node.asString(""));
	}

	/** Halo's timestamp form: ISO-8601, seconds, no offset, meant as UTC. */
	static LocalDateTime now(Clock clock) {
		return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}

	static String format(LocalDateTime time) {
		return time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
	}

}
