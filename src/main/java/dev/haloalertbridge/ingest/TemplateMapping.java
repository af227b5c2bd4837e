package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;

/**
 * Where an admin-written body keeps each part of an alert. FortiGate and PAN-OS let the
 * MSP write the webhook body, so no fixed parser can read every MSP's JSON; each source
 * names its fields by JSON Pointer in its options, and the vendor supplies defaults that
 * match the template in {@code docs/webhooks.md}. Every option but
 * {@code resolved-values} is a comma-separated list of pointers; for all but
 * {@code fingerprint} the first non-empty value wins.
 *
 * @param source the source the body arrived on
 * @param vendorLabel the vendor's display name, for a title of last resort
 * @param fields the pointers of each option by option name
 * @param resolvedValues the lower-case values of the state field that mean resolved
 */
record TemplateMapping(SourceSettings source, String vendorLabel, Map<String, List<JsonPointer>> fields,
		Set<String> resolvedValues) {

	/** The options a templated source reads, as documented. */
	static final List<String> OPTIONS = List.of("fingerprint", "customer", "device", "severity", "title", "description",
			"state");

	/**
	 * The source's options over the vendor's defaults.
	 * @param source the source, whose options win
	 * @param vendorLabel the vendor's display name
	 * @param defaults the vendor's option values for this body, by option name
	 * @return the mapping
	 */
	static TemplateMapping of(SourceSettings source, String vendorLabel, Map<String, String> defaults) {
		Map<String, List<JsonPointer>> fields = OPTIONS.stream()
			.collect(Collectors.toMap((option) -> option,
					(option) -> pointers(option, source.option(option).orElse(defaults.getOrDefault(option, "")))));
		Set<String> resolved = split(
				source.option("resolved-values").orElse(defaults.getOrDefault("resolved-values", "")))
			.stream()
			.map((value) -> value.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		return new TemplateMapping(source, vendorLabel, Map.copyOf(fields), resolved);
	}

	/**
	 * Reads the alert the body describes.
	 * @param body the admin-written body
	 * @param startsAt when the problem began, as the vendor's adapter read it
	 * @param receivedAt when the bridge accepted it
	 * @return the alert
	 */
	Alert read(JsonNode body, Instant startsAt, Instant receivedAt) {
		if (!body.isObject()) {
			throw new InvalidPayloadException("a " + this.vendorLabel + " body is a JSON object");
		}
		String device = first(body, "device");
		String title = first(body, "title");
		if (title.isEmpty()) {
			title = this.vendorLabel + " alert" + (device.isEmpty() ? "" : " on " + device);
		}
		String severityWord = first(body, "severity");
		Severity severity = Severity.parse(severityWord).orElse(this.source.defaultSeverity());
		return new Alert(this.source.name(), Fingerprint.of(this.source.name(), ingredients(body)), severity,
				state(body), first(body, "customer"), device, title, first(body, "description"),
				JsonFields.scalarLabels(body, 2, 64), startsAt, receivedAt);
	}

	private List<String> ingredients(JsonNode body) {
		List<JsonPointer> pointers = this.fields.get("fingerprint");
		List<String> ingredients = new ArrayList<>(pointers.size());
		for (JsonPointer pointer : pointers) {
			ingredients.add(JsonFields.scalarAt(body, pointer));
		}
		if (ingredients.stream().allMatch(String::isEmpty)) {
			throw new InvalidPayloadException("the fingerprint fields " + pointers + " are all missing or empty");
		}
		return ingredients;
	}

	private AlertState state(JsonNode body) {
		String value = first(body, "state").toLowerCase(Locale.ROOT);
		return this.resolvedValues.contains(value) ? AlertState.RESOLVED : AlertState.FIRING;
	}

	private String first(JsonNode body, String option) {
		for (JsonPointer pointer : this.fields.get(option)) {
			String value = JsonFields.scalarAt(body, pointer);
			if (!value.isEmpty()) {
				return value;
			}
		}
		return "";
	}

	private static List<JsonPointer> pointers(String option, String value) {
		List<String> expressions = split(value);
		if ("fingerprint".equals(option) && expressions.isEmpty()) {
			throw new InvalidPayloadException("option 'fingerprint' names no fields");
		}
		return expressions.stream().map((expression) -> JsonFields.pointer(expression, option)).toList();
	}

	private static List<String> split(String value) {
		return Arrays.stream(value.split(",")).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

}
