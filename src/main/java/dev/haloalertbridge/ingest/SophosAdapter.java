package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;

import org.springframework.stereotype.Component;

/**
 * Sophos Central alerts, posted by a relay that polls Sophos (Sophos Central has no
 * webhook). The relay posts each alert object as the API returned it, from either the
 * SIEM Integration API ({@code customer_id}, {@code location}) or the Common API
 * ({@code tenant.id}, {@code managedAgent.id}); both carry a stable {@code id}, which is
 * the fingerprint.
 * <p>
 * Sophos sends no resolution (an alert just stops being listed), so every alert is
 * firing.
 */
@Component
class SophosAdapter implements AlertAdapter {

	@Override
	public String vendor() {
		return "sophos";
	}

	@Override
	public List<Alert> parse(SourceSettings source, JsonNode body, Instant receivedAt) {
		if (!body.isObject()) {
			throw new InvalidPayloadException("a Sophos alert is a JSON object");
		}
		String id = JsonFields.scalar(body, "id");
		if (id.isEmpty()) {
			throw new InvalidPayloadException("'id' is required");
		}
		String customer = JsonFields.scalar(body, "customer_id");
		if (customer.isEmpty()) {
			customer = JsonFields.scalar(JsonFields.object(body, "tenant"), "id");
		}
		String device = JsonFields.text(body, "location");
		if (device.isEmpty()) {
			device = JsonFields.scalar(JsonFields.object(body, "managedAgent"), "id");
		}
		Severity severity = Severity.parse(JsonFields.text(body, "severity")).orElse(source.defaultSeverity());
		Instant startsAt = firstInstant(body, "when", "raisedAt", "created_at").orElse(receivedAt);
		return List.of(new Alert(source.name(), Fingerprint.of(source.name(), List.of(id)), severity, AlertState.FIRING,
				customer, device, title(body, device), JsonFields.text(body, "description"), labels(body), startsAt,
				receivedAt));
	}

	/**
	 * The event type's last part ({@code CoreCleanFailed} of
	 * {@code Event::Endpoint::CoreCleanFailed}), the threat, and where it happened.
	 */
	private static String title(JsonNode body, String device) {
		String type = JsonFields.text(body, "type");
		String kind = type.substring(type.lastIndexOf(':') + 1).strip();
		String threat = JsonFields.text(body, "threat");
		String title = (kind.isEmpty() ? "Sophos alert" : kind) + (threat.isEmpty() ? "" : ": " + threat);
		return title + (device.isEmpty() ? "" : " on " + device);
	}

	private static Optional<Instant> firstInstant(JsonNode body, String... fields) {
		for (String field : fields) {
			Optional<Instant> instant = JsonFields.instant(body, field);
			if (instant.isPresent()) {
				return instant;
			}
		}
		return Optional.empty();
	}

	private static Map<String, String> labels(JsonNode body) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : List.of("type", "category", "product", "threat", "source")) {
			String value = JsonFields.scalar(body, field);
			if (!value.isEmpty()) {
				labels.put(field, value);
			}
		}
		JsonFields.scalarLabels(JsonFields.object(body, "data"), 1, 16)
			.forEach((key, value) -> labels.put("data." + key, value));
		String tenantName = JsonFields.scalar(JsonFields.object(body, "tenant"), "name");
		if (!tenantName.isEmpty()) {
			labels.put("tenant", tenantName);
		}
		return labels;
	}

}
