package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;

import org.springframework.stereotype.Component;

/**
 * Cisco Meraki's webhook (payload version 0.1). Meraki has no status field: a recovery
 * arrives as its own alert type ("Power supply came up" after "... went down",
 * {@code cellular_up} after {@code cellular_down}), and sensor alerts say
 * {@code alertData.startedAlerting: false} when they clear. So a "came up" type is read
 * as the resolution of its "went down" twin, and both give one fingerprint.
 * <p>
 * The fingerprint is the organisation, network, device serial (or {@code network} for
 * network-wide alerts) and alert type, plus the sensor's alert profile; never
 * {@code alertId}, which is per message and sometimes empty. The body's
 * {@code sharedSecret} is a credential, not part of the alert: it is read only by
 * {@link #sharedSecret(JsonNode)} and never reaches labels, titles or errors.
 */
@Component
class MerakiAdapter implements AlertAdapter {

	@Override
	public String vendor() {
		return "meraki";
	}

	@Override
	public List<Alert> parse(SourceSettings source, JsonNode body, Instant receivedAt) {
		String organization = organization(body);
		String network = JsonFields.scalar(body, "networkId");
		if (organization.isEmpty() && network.isEmpty()) {
			throw new InvalidPayloadException("'organizationId' is required");
		}
		String serial = JsonFields.scalar(body, "deviceSerial");
		MerakiType type = MerakiType.of(JsonFields.scalar(body, "alertTypeId"), JsonFields.text(body, "alertType"));
		List<String> ingredients = new ArrayList<>(
				List.of(organization, network, serial.isEmpty() ? "network" : serial, type.key()));
		JsonNode alertData = JsonFields.object(body, "alertData");
		String profile = JsonFields.scalar(alertData, "alertConfigId");
		if (!profile.isEmpty()) {
			ingredients.add(profile);
		}
		String subject = firstOf(JsonFields.text(body, "deviceName"), serial, JsonFields.text(body, "networkName"));
		String title = type.display() + (subject.isEmpty() ? "" : " on " + subject);
		Severity severity = Severity.parse(JsonFields.text(body, "alertLevel")).orElse(source.defaultSeverity());
		AlertState state = (type.recovery() || stoppedAlerting(alertData)) ? AlertState.RESOLVED : AlertState.FIRING;
		return List.of(new Alert(source.name(), Fingerprint.of(source.name(), ingredients), severity, state,
				organization.isEmpty() ? network : organization, serial, title, description(body), labels(body),
				JsonFields.instant(body, "occurredAt").orElse(receivedAt), receivedAt));
	}

	/**
	 * The secret Meraki copies into every body, for the authentication layer to compare
	 * with the organisation's. Meraki sends {@code ""} when none is configured.
	 * @param body the webhook body
	 * @return the secret, empty when the body carries none or a blank one
	 */
	static Optional<String> sharedSecret(JsonNode body) {
		JsonNode secret = body.path("sharedSecret");
		return secret.isString() && !secret.asString().isBlank() ? Optional.of(secret.asString()) : Optional.empty();
	}

	/**
	 * The organisation the body is about, which picks the shared secret to expect.
	 * @param body the webhook body
	 * @return the organisation id, empty when absent
	 * @throws InvalidPayloadException if the body is not an object or the id not a scalar
	 */
	static String organization(JsonNode body) {
		if (!body.isObject()) {
			throw new InvalidPayloadException("a Meraki webhook body is a JSON object");
		}
		return JsonFields.scalar(body, "organizationId");
	}

	private static boolean stoppedAlerting(JsonNode alertData) {
		return "false".equals(JsonFields.scalar(alertData, "startedAlerting").toLowerCase(Locale.ROOT));
	}

	private static String description(JsonNode body) {
		String organization = JsonFields.text(body, "organizationName");
		String network = JsonFields.text(body, "networkName");
		String where = network.isEmpty() ? organization
				: network + (organization.isEmpty() ? "" : " (" + organization + ")");
		return where.isEmpty() ? "" : "Meraki network " + where;
	}

	private static Map<String, String> labels(JsonNode body) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : List.of("organizationName", "networkName", "deviceName", "deviceModel", "alertTypeId",
				"alertLevel", "alertId", "networkUrl", "deviceUrl")) {
			String value = JsonFields.scalar(body, field);
			if (!value.isEmpty()) {
				labels.put(field, value);
			}
		}
		return labels;
	}

	private static String firstOf(String... values) {
		for (String value : values) {
			if (!value.isEmpty()) {
				return value;
			}
		}
		return "";
	}

}
