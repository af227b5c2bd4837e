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
 * SonicWall Capture Client threats, posted by the bridge's relay that polls Capture
 * Client (which has no webhook). The relay wraps each SentinelOne-style threat object in
 * an envelope naming the Capture Client tenant: {@code {"relay": {"tenantId": ...},
 * "threat": {...}}}.
 * <p>
 * The threat's {@code id} is stable across polls, so it alone is the fingerprint, and a
 * later poll that finds the incident resolved (or judged a false positive) closes the
 * ticket. A malicious threat is critical while it is not mitigated, high once it is.
 */
@Component
class SonicWallCaptureClientAdapter implements AlertAdapter {

	@Override
	public String vendor() {
		return "sonicwall-capture-client";
	}

	@Override
	public List<Alert> parse(SourceSettings source, JsonNode body, Instant receivedAt) {
		if (!body.isObject()) {
			throw new InvalidPayloadException("a Capture Client relay message is a JSON object");
		}
		JsonNode threat = JsonFields.object(body, "threat");
		if (threat.isMissingNode() || threat.isNull()) {
			throw new InvalidPayloadException("'threat' is required");
		}
		JsonNode info = JsonFields.object(threat, "threatInfo");
		JsonNode agent = JsonFields.object(threat, "agentRealtimeInfo");
		String id = JsonFields.scalar(threat, "id");
		if (id.isEmpty()) {
			id = JsonFields.scalar(info, "threatId");
		}
		if (id.isEmpty()) {
			throw new InvalidPayloadException("'threat.id' is required");
		}
		String customer = JsonFields.scalar(JsonFields.object(body, "relay"), "tenantId");
		if (customer.isEmpty()) {
			customer = JsonFields.scalar(agent, "siteId");
		}
		String device = JsonFields.text(agent, "agentComputerName");
		String name = JsonFields.text(info, "threatName");
		String title = (name.isEmpty() ? "Capture Client threat" : "Threat " + name)
				+ (device.isEmpty() ? "" : " on " + device);
		return List.of(new Alert(source.name(), Fingerprint.of(source.name(), List.of(id)),
				severity(info, source.defaultSeverity()), state(info), customer, device, title, description(info),
				labels(info, agent), JsonFields.instant(info, "identifiedAt").orElse(receivedAt), receivedAt));
	}

	private static Severity severity(JsonNode info, Severity fallback) {
		String confidence = JsonFields.text(info, "confidenceLevel").toLowerCase(Locale.ROOT);
		String mitigation = JsonFields.text(info, "mitigationStatus").toLowerCase(Locale.ROOT);
		return switch (confidence) {
			case "malicious" -> "not_mitigated".equals(mitigation) ? Severity.CRITICAL : Severity.HIGH;
			case "suspicious" -> Severity.MEDIUM;
			default -> fallback;
		};
	}

	private static AlertState state(JsonNode info) {
		String incident = JsonFields.text(info, "incidentStatus").toLowerCase(Locale.ROOT);
		String verdict = JsonFields.text(info, "analystVerdict").toLowerCase(Locale.ROOT);
		return ("resolved".equals(incident) || "false_positive".equals(verdict)) ? AlertState.RESOLVED
				: AlertState.FIRING;
	}

	private static String description(JsonNode info) {
		String classification = JsonFields.text(info, "classification");
		String path = JsonFields.text(info, "filePath");
		String mitigation = JsonFields.text(info, "mitigationStatus");
		StringBuilder text = new StringBuilder(classification.isEmpty() ? "Threat" : classification);
		if (!path.isEmpty()) {
			text.append(" at ").append(path);
		}
		if (!mitigation.isEmpty()) {
			text.append(" (").append(mitigation).append(')');
		}
		return text.toString();
	}

	private static Map<String, String> labels(JsonNode info, JsonNode agent) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : List.of("classification", "confidenceLevel", "mitigationStatus", "incidentStatus",
				"analystVerdict", "sha1", "sha256")) {
			put(labels, field, JsonFields.scalar(info, field));
		}
		for (String field : List.of("siteName", "groupName", "agentOsType")) {
			put(labels, field, JsonFields.scalar(agent, field));
		}
		return labels;
	}

	private static void put(Map<String, String> labels, String key, String value) {
		if (!value.isEmpty()) {
			labels.put(key, value);
		}
	}

}
