package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;

import org.springframework.stereotype.Component;

/**
 * A Wazuh alert, posted by an integration script either raw (the alert JSON as
 * {@code alerts.json} has it) or in the {@code shuffle} integration's wrapper, which
 * carries the raw alert in {@code all_fields}. Both read the raw alert, so one event
 * gives one fingerprint however it was sent.
 * <p>
 * The fingerprint is the agent, the rule and the source address ({@code data.srcip},
 * empty when the rule has none). The alert {@code id} and {@code rule.firedtimes} change
 * with every occurrence and are never hashed. Wazuh has no resolved form, so alerts only
 * fire.
 */
@Component
class WazuhAdapter implements AlertAdapter {

	private static final String CUSTOMER_LABEL = "customer.id";

	private static final Pattern SMALL_INTEGER = Pattern.compile("-?[0-9]{1,4}");

	@Override
	public String vendor() {
		return "wazuh";
	}

	@Override
	public List<Alert> parse(SourceSettings source, JsonNode body, Instant receivedAt) {
		if (!body.isObject()) {
			throw new InvalidPayloadException("a Wazuh alert is a JSON object");
		}
		JsonNode wrapped = body.path("all_fields");
		boolean shuffle = !wrapped.isMissingNode() && !wrapped.isNull();
		if (shuffle && !wrapped.isObject()) {
			throw new InvalidPayloadException("'all_fields' must be the Wazuh alert object");
		}
		JsonNode alert = shuffle ? wrapped : body;
		String agent = JsonPaths.requiredKeyAt(alert, "agent.id");
		String rule = JsonPaths.requiredKeyAt(alert, "rule.id");
		String sourceIp = JsonPaths.keyAt(alert, "data.srcip");
		String device = JsonPaths.scalarAt(alert, "agent.name");
		String title = JsonPaths.firstNonBlank(JsonPaths.scalarAt(alert, "rule.description"),
				shuffle ? JsonPaths.scalarAt(body, "title") : "",
				"Wazuh rule " + rule + " on agent " + JsonPaths.firstNonBlank(device, agent));
		String description = JsonPaths.firstNonBlank(JsonPaths.scalarAt(alert, "full_log"),
				shuffle ? JsonPaths.scalarAt(body, "text") : "");
		return List.of(new Alert(source.name(), Fingerprint.of(source.name(), List.of(agent, rule, sourceIp)),
				severity(source, alert, body, shuffle), AlertState.FIRING, customer(alert), device, title, description,
				labels(alert), JsonPaths.timeAt(alert, "timestamp").orElse(receivedAt), receivedAt));
	}

	/**
	 * Agent labels reach the alert nested by their dots ({@code customer.id} becomes
	 * {@code labels.customer.id}); some versions keep the dotted key flat.
	 */
	private static String customer(JsonNode alert) {
		JsonNode labels = JsonPaths.at(alert, "agent.labels");
		return JsonPaths.firstNonBlank(JsonPaths.scalarAt(labels, CUSTOMER_LABEL),
				JsonPaths.scalar(labels.path(CUSTOMER_LABEL), "agent.labels." + CUSTOMER_LABEL));
	}

	/**
	 * {@code rule.level} 0 to 15 on the bridge's scale. Without a level, the shuffle
	 * wrapper's own 1 to 3 grade is used; without either, the source's default.
	 */
	private static Severity severity(SourceSettings source, JsonNode alert, JsonNode body, boolean shuffle) {
		Optional<Integer> level = integer(alert, "rule.level");
		if (level.isPresent()) {
			return ruleLevel(level.get()).orElse(source.defaultSeverity());
		}
		Optional<Integer> grade = shuffle ? integer(body, "severity") : Optional.empty();
		return grade.flatMap(WazuhAdapter::shuffleGrade).orElse(source.defaultSeverity());
	}

	private static Optional<Severity> ruleLevel(int level) {
		if (level < 0 || level > 15) {
			return Optional.empty();
		}
		if (level >= 12) {
			return Optional.of(Severity.CRITICAL);
		}
		if (level >= 8) {
			return Optional.of(Severity.HIGH);
		}
		if (level >= 5) {
			return Optional.of(Severity.MEDIUM);
		}
		return Optional.of((level >= 3) ? Severity.LOW : Severity.INFO);
	}

	private static Optional<Severity> shuffleGrade(int grade) {
		return switch (grade) {
			case 3 -> Optional.of(Severity.HIGH);
			case 2 -> Optional.of(Severity.MEDIUM);
			case 1 -> Optional.of(Severity.LOW);
			default -> Optional.empty();
		};
	}

	/**
	 * A small whole number, sent as a number or as text. Text that is no such number is
	 * treated as absent: an unreadable level should not cost the alert.
	 */
	private static Optional<Integer> integer(JsonNode node, String path) {
		String text = JsonPaths.keyAt(node, path);
		if (!SMALL_INTEGER.matcher(text).matches()) {
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(text));
	}

	private static Map<String, String> labels(JsonNode alert) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String path : List.of("rule.id", "rule.level", "agent.id", "agent.ip", "manager.name", "location",
				"data.srcip", "data.srcuser", "decoder.name")) {
			JsonNode value = JsonPaths.at(alert, path);
			if (value.isString() || value.isNumber()) {
				labels.put(path, JsonPaths.scalar(value, path));
			}
		}
		return labels;
	}

}
