package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;

import org.springframework.stereotype.Component;

/**
 * An Azure Monitor action group webhook in the common alert schema. Sentinel and Defender
 * reach the bridge the same way, through a Logic App that posts this shape.
 * <p>
 * {@code essentials.alertId} names one alert instance from Fired to Resolved, so it alone
 * is the fingerprint. The customer is the {@code customer} custom property the action
 * group may carry, else the subscription of the alert's target: an MSP usually keeps one
 * subscription per customer, and a mapping rule turns it into a Halo client.
 */
@Component
class AzureMonitorAdapter implements AlertAdapter {

	private static final String SCHEMA = "azureMonitorCommonAlertSchema";

	private static final String ESSENTIALS = "data.essentials";

	@Override
	public String vendor() {
		return "azure-monitor";
	}

	@Override
	public List<Alert> parse(SourceSettings source, JsonNode body, Instant receivedAt) {
		if (!body.isObject()) {
			throw new InvalidPayloadException("an Azure Monitor alert is a JSON object");
		}
		String schema = JsonPaths.scalarAt(body, "schemaId");
		if (!schema.isEmpty() && !SCHEMA.equals(schema)) {
			throw new InvalidPayloadException("'schemaId' must be " + SCHEMA + ": enable the common alert schema");
		}
		if (!JsonPaths.at(body, ESSENTIALS).isObject()) {
			throw new InvalidPayloadException("'" + ESSENTIALS + "' is missing");
		}
		String alertId = JsonPaths.requiredKeyAt(body, ESSENTIALS + ".alertId");
		String target = JsonPaths.firstAt(body, ESSENTIALS + ".alertTargetIDs");
		String device = JsonPaths.firstNonBlank(lastSegment(target),
				JsonPaths.firstAt(body, ESSENTIALS + ".configurationItems"));
		String customer = JsonPaths.firstNonBlank(JsonPaths.scalarAt(body, "data.customProperties.customer"),
				subscription(target), subscription(alertId));
		String rule = JsonPaths.scalarAt(body, ESSENTIALS + ".alertRule");
		String description = JsonPaths.scalarAt(body, ESSENTIALS + ".description");
		String title = JsonPaths.firstNonBlank(rule, description, "Azure Monitor alert");
		Instant startsAt = JsonPaths.timeAt(body, ESSENTIALS + ".firedDateTime").orElse(receivedAt);
		return List.of(new Alert(source.name(), Fingerprint.of(source.name(), List.of(alertId)), severity(source, body),
				state(body), customer, device, title, description, labels(body), startsAt, receivedAt));
	}

	private static Severity severity(SourceSettings source, JsonNode body) {
		String word = JsonPaths.scalarAt(body, ESSENTIALS + ".severity").toLowerCase(Locale.ROOT);
		return switch (word) {
			case "sev0" -> Severity.CRITICAL;
			case "sev1" -> Severity.HIGH;
			case "sev2" -> Severity.MEDIUM;
			case "sev3" -> Severity.LOW;
			case "sev4" -> Severity.INFO;
			default -> Severity.parse(word).orElse(source.defaultSeverity());
		};
	}

	private static AlertState state(JsonNode body) {
		String condition = JsonPaths.scalarAt(body, ESSENTIALS + ".monitorCondition");
		return switch (condition.toLowerCase(Locale.ROOT)) {
			case "fired", "" -> AlertState.FIRING;
			case "resolved" -> AlertState.RESOLVED;
			default ->
				throw new InvalidPayloadException("'" + ESSENTIALS + ".monitorCondition' must be Fired or Resolved");
		};
	}

	private static Map<String, String> labels(JsonNode body) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : List.of("severity", "signalType", "monitoringService", "alertRule")) {
			String value = JsonPaths.scalarAt(body, ESSENTIALS + "." + field);
			if (!value.isEmpty()) {
				labels.put(field, value);
			}
		}
		return labels;
	}

	/**
	 * The subscription id of an Azure resource id
	 * ({@code /subscriptions/<id>/resourceGroups/...}), any case.
	 */
	private static String subscription(String resourceId) {
		String[] segments = resourceId.split("/", 4);
		for (int i = 0; i + 1 < segments.length; i++) {
			if ("subscriptions".equalsIgnoreCase(segments[i]) && !segments[i + 1].isBlank()) {
				return segments[i + 1];
			}
		}
		return "";
	}

	private static String lastSegment(String resourceId) {
		String trimmed = resourceId.endsWith("/") ? resourceId.substring(0, resourceId.length() - 1) : resourceId;
		return trimmed.substring(trimmed.lastIndexOf('/') + 1);
	}

}
