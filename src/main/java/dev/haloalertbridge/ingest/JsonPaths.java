package dev.haloalertbridge.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads of vendor JSON by dotted path ({@code data.essentials.alertId}), with numbers in
 * one canonical form and times that must carry an offset; a wrong shape becomes an
 * {@link InvalidPayloadException} naming the field. The single-field reads are in
 * {@link JsonFields}.
 */
final class JsonPaths {

	/**
	 * A plain decimal as a relay or template writes a number into a string: no exponent,
	 * no leading zeros (so an id such as {@code 017} stays text), bounded in length.
	 */
	private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,63})(\\.[0-9]{1,64})?");

	/**
	 * ISO 8601 with an offset written {@code Z}, {@code +01:00} or {@code +0000} (Wazuh's
	 * form). A time without an offset is refused: its zone is unknown.
	 */
	private static final DateTimeFormatter OFFSET_TIME = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.appendPattern("[XXX][XX]")
		.toFormatter(Locale.ROOT);

	private static final int MAX_PLAIN_SCALE = 64;

	private static final int MAX_QUOTED = 64;

	private JsonPaths() {
	}

	/**
	 * The node at a dotted path such as {@code data.essentials.alertId}. A step that is
	 * absent or not an object gives a missing node, so optional parents may have any
	 * shape and the caller decides whether the leaf is required.
	 * @param node where to start
	 * @param path field names joined by dots
	 * @return the node, or a missing node
	 */
	static JsonNode at(JsonNode node, String path) {
		JsonNode current = node;
		int start = 0;
		while (start <= path.length()) {
			int end = path.indexOf('.', start);
			end = (end < 0) ? path.length() : end;
			if (!current.isObject()) {
				return MissingNode.getInstance();
			}
			current = current.path(path.substring(start, end));
			start = end + 1;
		}
		return current;
	}

	/**
	 * A scalar at a dotted path as text, for display. Numbers are written canonically
	 * (see {@link #scalar(JsonNode, String)}).
	 * @param node where to start
	 * @param path field names joined by dots
	 * @return the text, empty when absent or null
	 */
	static String scalarAt(JsonNode node, String path) {
		return scalar(at(node, path), path);
	}

	/**
	 * A scalar as text. A number keeps every digit (a 19-digit id is read as a
	 * {@code BigInteger}, never through a {@code double}) and an integral value has no
	 * {@code .0}, so {@code 1}, {@code 1.0} and {@code 1.00} read alike.
	 * @param value the node
	 * @param name the field's name for the error message
	 * @return the text, empty when absent or null
	 */
	static String scalar(JsonNode value, String name) {
		if (value.isNumber()) {
			return number(value);
		}
		if (value.isString() || value.isBoolean()) {
			return value.asString().strip();
		}
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		throw new InvalidPayloadException("'" + name + "' must be a string or a number");
	}

	/**
	 * An identifier at a dotted path, as a fingerprint ingredient: a plain decimal sent
	 * as a string reads the same as that number sent as a number, because relays and
	 * templates stringify values.
	 * @param node where to start
	 * @param path field names joined by dots
	 * @return the identifier, empty when absent or null
	 */
	static String keyAt(JsonNode node, String path) {
		JsonNode value = at(node, path);
		String text = scalar(value, path);
		return (value.isString() && DECIMAL.matcher(text).matches()) ? canonical(new BigDecimal(text)) : text;
	}

	/**
	 * An identifier that must be present.
	 * @param node where to start
	 * @param path field names joined by dots
	 * @return the identifier, never empty
	 * @throws InvalidPayloadException naming the path when it is absent, null or blank
	 */
	static String requiredKeyAt(JsonNode node, String path) {
		String key = keyAt(node, path);
		if (key.isEmpty()) {
			throw new InvalidPayloadException("'" + path + "' is missing");
		}
		return key;
	}

	/**
	 * The first entry of an array of strings at a dotted path; a lone string counts as an
	 * array of one.
	 * @param node where to start
	 * @param path field names joined by dots
	 * @return the first entry, empty when there is none
	 */
	static String firstAt(JsonNode node, String path) {
		JsonNode value = at(node, path);
		if (!value.isArray()) {
			return scalar(value, path);
		}
		return value.isEmpty() ? "" : scalar(value.get(0), path + "[0]");
	}

	/**
	 * An ISO 8601 time with an offset at a dotted path.
	 * @param node where to start
	 * @param path field names joined by dots
	 * @return the instant, empty when absent or null
	 * @throws InvalidPayloadException naming the path when it is not such a time
	 */
	static Optional<Instant> timeAt(JsonNode node, String path) {
		String value = scalarAt(node, path);
		if (value.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(OffsetDateTime.parse(value, OFFSET_TIME).toInstant());
		}
		catch (DateTimeException | ArithmeticException ex) {
			throw new InvalidPayloadException(
					"'" + path + "' must be an ISO 8601 time with an offset, not '" + quote(value) + "'");
		}
	}

	/**
	 * The first of some texts that is not blank.
	 * @param candidates texts in order of preference, the last being a fallback
	 * @return the first non-blank one, or the last
	 */
	static String firstNonBlank(String... candidates) {
		for (String candidate : candidates) {
			if (!candidate.isBlank()) {
				return candidate;
			}
		}
		return candidates[candidates.length - 1];
	}

	/**
	 * A number as one canonical text, for every read that turns numbers into text:
	 * integers exact at any size, no trailing zeros, no exponent for sensible scales.
	 */
	static String number(JsonNode value) {
		if (value.isIntegralNumber()) {
			return value.bigIntegerValue().toString();
		}
		try {
			return canonical(value.isBigDecimal() ? value.decimalValue() : new BigDecimal(value.asString()));
		}
		catch (NumberFormatException ex) {
			// NaN and infinities, which lenient parsers admit, have no decimal form
			return value.asString();
		}
	}

	private static String canonical(BigDecimal decimal) {
		BigDecimal stripped = decimal.stripTrailingZeros();
		if (stripped.signum() == 0) {
			return "0";
		}
		// a plain form of 1E+100000000 would be a hundred million digits
		return (Math.abs(stripped.scale()) <= MAX_PLAIN_SCALE) ? stripped.toPlainString() : stripped.toString();
	}

	private static String quote(String value) {
		return (value.length() <= MAX_QUOTED) ? value : value.substring(0, MAX_QUOTED) + "...";
	}

}
