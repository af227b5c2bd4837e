package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Severity;

import org.springframework.stereotype.Component;

/**
 * Grafana unified alerting's webhook contact point (message version 1). It is
 * Alertmanager's message plus {@code orgId}, {@code title}, {@code state} and per-alert
 * {@code values}. One message can mix firing and resolved alerts, so each alert's own
 * {@code status} decides; the top-level {@code status} and {@code state} are ignored.
 * <p>
 * The fingerprint is Grafana's per-alert fingerprint namespaced by {@code orgId} and
 * {@code externalURL}: two organisations, or two Grafanas, never share tickets. The
 * {@code values} change with every evaluation, so they are shown on the ticket but never
 * hashed.
 */
@Component
class GrafanaAdapter implements AlertAdapter {

	@Override
	public String vendor() {
		return "grafana";
	}

	@Override
	public List<Alert> parse(SourceSettings source, JsonNode body, Instant receivedAt) {
		JsonNode alerts = AlertGroup.alerts(body, "Grafana", "1");
		Message message = new Message(JsonPaths.keyAt(body, "orgId"), JsonPaths.scalarAt(body, "externalURL"),
				JsonFields.stringMap(body, "commonLabels"), receivedAt);
		List<Alert> result = new ArrayList<>(alerts.size());
		for (JsonNode alert : alerts) {
			result.add(toAlert(source, alert, message));
		}
		return result;
	}

	private static Alert toAlert(SourceSettings source, JsonNode node, Message message) {
		if (!node.isObject()) {
			throw new InvalidPayloadException("each entry of 'alerts' must be an object");
		}
		Map<String, String> labels = JsonFields.stringMap(node, "labels");
		Map<String, String> annotations = JsonFields.stringMap(node, "annotations");
		String device = AlertGroup.first(labels, "instance", "host", "hostname", "node");
		String alertName = labels.getOrDefault("alertname", "");
		String named = alertName.isBlank() ? "" : alertName + (device.isBlank() ? "" : " on " + device);
		String title = JsonPaths.firstNonBlank(AlertGroup.first(annotations, "summary", "title"), named,
				"Grafana alert");
		String customer = JsonPaths.firstNonBlank(labels.getOrDefault("customer", ""),
				message.commonLabels().getOrDefault("customer", ""), message.orgId());
		Severity severity = Severity.parse(labels.getOrDefault("severity", "")).orElse(source.defaultSeverity());
		Instant startsAt = JsonPaths.timeAt(node, "startsAt").orElse(message.receivedAt());
		return new Alert(source.name(),
				AlertGroup.fingerprint(source.name(), List.of(message.orgId(), message.externalUrl()),
						JsonPaths.keyAt(node, "fingerprint"), labels),
				severity, state(node), customer, device, title, AlertGroup.first(annotations, "description", "message"),
				withValues(labels, node), startsAt, message.receivedAt());
	}

	private static AlertState state(JsonNode node) {
		String status = JsonPaths.scalarAt(node, "status");
		return switch (status) {
			case "firing", "" -> AlertState.FIRING;
			case "resolved" -> AlertState.RESOLVED;
			default -> throw new InvalidPayloadException("'alerts[].status' must be firing or resolved");
		};
	}

	/**
	 * The labels plus each query value as {@code value.<refId>}, so the ticket shows the
	 * numbers that fired. A value that is not a number or text is left out: values are
	 * informational and never a reason to refuse an alert.
	 */
	private static Map<String, String> withValues(Map<String, String> labels, JsonNode node) {
		JsonNode values = node.path("values");
		if (!values.isObject()) {
			return labels;
		}
		Map<String, String> result = new LinkedHashMap<>(labels);
		values.properties().forEach((entry) -> {
			JsonNode value = entry.getValue();
			if (value.isNumber() || value.isString()) {
				result.put("value." + entry.getKey(), JsonPaths.scalar(value, "values"));
			}
		});
		return result;
	}

	/**
	 * What every alert of one message shares.
	 */
	private record Message(String orgId, String externalUrl, Map<String, String> commonLabels, Instant receivedAt) {

	}

}
