package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;

import org.springframework.stereotype.Component;

/**
 * The bridge's own JSON shape, for any tool that can post a templated body: one object,
 * or an array of them. {@code id} is the sender's stable identity of the problem;
 * together with {@code customer} it makes the fingerprint. The shape is documented in
 * {@code docs/webhooks.md}.
 */
@Component
class GenericAdapter implements AlertAdapter {

	@Override
	public String vendor() {
		return "generic";
	}

	@Override
	public List<Alert> parse(SourceSettings source, JsonNode body, Instant receivedAt) {
		if (source.option("fingerprint").isPresent()) {
			return mapped(source, body, receivedAt);
		}
		if (body.isObject()) {
			return List.of(toAlert(source, body, receivedAt));
		}
		if (!body.isArray() || body.isEmpty()) {
			throw new InvalidPayloadException("send one alert object or a non-empty array of them");
		}
		List<Alert> alerts = new ArrayList<>(body.size());
		for (JsonNode node : body) {
			if (!node.isObject()) {
				throw new InvalidPayloadException("each array entry must be an alert object");
			}
			alerts.add(toAlert(source, node, receivedAt));
		}
		return alerts;
	}

	/**
	 * A body of the sender's own shape, read through the source's JSON Pointer mapping
	 * (the options FortiGate and PAN-OS sources take), one object or an array of them.
	 */
	private static List<Alert> mapped(SourceSettings source, JsonNode body, Instant receivedAt) {
		TemplateMapping mapping = TemplateMapping.of(source, "Generic", Map.of("resolved-values", "resolved,ok"));
		if (!body.isArray()) {
			return List.of(mapping.read(body, receivedAt, receivedAt));
		}
		if (body.isEmpty()) {
			throw new InvalidPayloadException("send one alert object or a non-empty array of them");
		}
		List<Alert> alerts = new ArrayList<>(body.size());
		body.forEach((node) -> alerts.add(mapping.read(node, receivedAt, receivedAt)));
		return alerts;
	}

	private static Alert toAlert(SourceSettings source, JsonNode node, Instant receivedAt) {
		String id = JsonFields.required(node, "id");
		String title = JsonFields.required(node, "title");
		String customer = JsonFields.text(node, "customer");
		String severityWord = JsonFields.text(node, "severity");
		Severity severity = severityWord.isEmpty() ? source.defaultSeverity() : Severity.parse(severityWord)
			.orElseThrow(() -> new InvalidPayloadException("unknown severity '" + severityWord + "'"));
		return new Alert(source.name(), Fingerprint.of(source.name(), List.of(customer, id)), severity, state(node),
				customer, JsonFields.text(node, "device"), title, JsonFields.text(node, "description"),
				JsonFields.stringMap(node, "labels"), JsonFields.instant(node, "startsAt").orElse(receivedAt),
				receivedAt);
	}

	private static AlertState state(JsonNode node) {
		String status = JsonFields.text(node, "status").toLowerCase(Locale.ROOT);
		return switch (status) {
			case "", "firing", "problem", "triggered", "open" -> AlertState.FIRING;
			case "resolved", "ok", "recovered", "closed" -> AlertState.RESOLVED;
			default -> throw new InvalidPayloadException("status must be firing or resolved, not '" + status + "'");
		};
	}

}
