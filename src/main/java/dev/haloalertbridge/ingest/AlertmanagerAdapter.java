package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Severity;

import org.springframework.stereotype.Component;

/**
 * Prometheus Alertmanager's webhook (message version 4). One message carries a group of
 * alerts, each firing or resolved on its own; the top-level status only says whether any
 * still fires, so it is ignored.
 * <p>
 * The fingerprint is Alertmanager's own per-alert fingerprint (a hash of the label set)
 * namespaced by {@code externalURL}, so two Alertmanagers never share tickets.
 * {@code startsAt} is not part of it: a flapping alert stays one ticket.
 */
@Component
class AlertmanagerAdapter implements AlertAdapter {

	@Override
	public String vendor() {
		return "alertmanager";
	}

	@Override
	public List<Alert> parse(SourceSettings source, JsonNode body, Instant receivedAt) {
		JsonNode alerts = AlertGroup.alerts(body, "Alertmanager", "4");
		Map<String, String> commonLabels = JsonFields.stringMap(body, "commonLabels");
		String externalUrl = JsonFields.text(body, "externalURL");
		List<Alert> result = new ArrayList<>(alerts.size());
		for (JsonNode alert : alerts) {
			result.add(toAlert(source, alert, new Context(externalUrl, commonLabels, receivedAt)));
		}
		return result;
	}

	private Alert toAlert(SourceSettings source, JsonNode node, Context message) {
		Map<String, String> commonLabels = message.commonLabels();
		Instant receivedAt = message.receivedAt();
		if (!node.isObject()) {
			throw new InvalidPayloadException("each entry of 'alerts' must be an object");
		}
		Map<String, String> labels = JsonFields.stringMap(node, "labels");
		Map<String, String> annotations = JsonFields.stringMap(node, "annotations");
		String alertName = labels.getOrDefault("alertname", "");
		String device = AlertGroup.first(labels, "instance", "host", "hostname", "node");
		String title = AlertGroup.first(annotations, "summary", "title");
		if (title.isEmpty()) {
			title = alertName.isEmpty() ? "Alertmanager alert" : alertName + (device.isEmpty() ? "" : " on " + device);
		}
		String customer = labels.getOrDefault("customer", commonLabels.getOrDefault("customer", ""));
		Severity severity = Severity.parse(labels.getOrDefault("severity", "")).orElse(source.defaultSeverity());
		Instant startsAt = JsonFields.instant(node, "startsAt").orElse(receivedAt);
		return new Alert(source.name(),
				AlertGroup.fingerprint(source.name(), List.of(message.externalUrl()),
						JsonFields.text(node, "fingerprint"), labels),
				severity, state(node), customer, device, title, AlertGroup.first(annotations, "description", "message"),
				labels, startsAt, receivedAt);
	}

	private static AlertState state(JsonNode node) {
		String status = JsonFields.text(node, "status");
		return switch (status) {
			case "firing", "" -> AlertState.FIRING;
			case "resolved" -> AlertState.RESOLVED;
			default -> throw new InvalidPayloadException("alert status must be firing or resolved, not " + status);
		};
	}

	/**
	 * What every alert of one message shares.
	 */
	private record Context(String externalUrl, Map<String, String> commonLabels, Instant receivedAt) {

	}

}
