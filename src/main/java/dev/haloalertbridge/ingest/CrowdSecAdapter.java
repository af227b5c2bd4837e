package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;

import org.springframework.stereotype.Component;

/**
 * CrowdSec's {@code http} notification plugin with its default format
 * ({@code {{.|toJson}}}): a JSON array of alerts, each becoming one alert here.
 * <p>
 * The fingerprint is the machine, the scenario and the attacker ({@code source.value}):
 * the same attacker tripping the same scenario again on the same machine is one ticket,
 * whatever the counts and times. CrowdSec names no customer, so the customer key is the
 * {@code machine_id}, which a mapping rule turns into a client; a source whose whole
 * CrowdSec belongs to one customer sets the {@code customer} option instead. CrowdSec has
 * no severity and never reports a decision's expiry, so alerts only fire.
 */
@Component
class CrowdSecAdapter implements AlertAdapter {

	/**
	 * A hex suffix some installs append to the host name to keep machine names unique.
	 */
	private static final Pattern GENERATED_SUFFIX = Pattern.compile("-[0-9a-f]{8,64}$");

	@Override
	public String vendor() {
		return "crowdsec";
	}

	@Override
	public List<Alert> parse(SourceSettings source, JsonNode body, Instant receivedAt) {
		if (body.isObject()) {
			return List.of(toAlert(source, body, receivedAt));
		}
		if (!body.isArray() || body.isEmpty()) {
			throw new InvalidPayloadException("a CrowdSec notification is a non-empty JSON array of alerts");
		}
		List<Alert> alerts = new ArrayList<>(body.size());
		for (JsonNode node : body) {
			if (!node.isObject()) {
				throw new InvalidPayloadException("each entry of the array must be an alert object");
			}
			alerts.add(toAlert(source, node, receivedAt));
		}
		return alerts;
	}

	private static Alert toAlert(SourceSettings source, JsonNode node, Instant receivedAt) {
		String machine = JsonPaths.requiredKeyAt(node, "machine_id");
		String scenario = JsonPaths.requiredKeyAt(node, "scenario");
		String attacker = JsonPaths.requiredKeyAt(node, "source.value");
		String title = scenario + " from " + attacker;
		Instant startsAt = JsonPaths.timeAt(node, "start_at")
			.or(() -> JsonPaths.timeAt(node, "created_at"))
			.orElse(receivedAt);
		return new Alert(source.name(), Fingerprint.of(source.name(), List.of(machine, scenario, attacker)),
				severity(source, node), AlertState.FIRING, source.option("customer").orElse(machine), device(machine),
				title, JsonPaths.scalarAt(node, "message"), labels(node), startsAt, receivedAt);
	}

	/**
	 * High when CrowdSec acted with a ban, low when it only simulated, else the source's
	 * default: CrowdSec itself grades nothing, so this is the bridge's policy.
	 */
	private static Severity severity(SourceSettings source, JsonNode node) {
		if (isTrue(node.path("simulated"))) {
			return Severity.LOW;
		}
		if (isTrue(node.path("remediation")) && hasBan(node.path("decisions"))) {
			return Severity.HIGH;
		}
		return source.defaultSeverity();
	}

	private static boolean hasBan(JsonNode decisions) {
		if (!decisions.isArray()) {
			return false;
		}
		for (JsonNode decision : decisions) {
			JsonNode type = decision.path("type");
			if (type.isString() && "ban".equalsIgnoreCase(type.stringValue().strip())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isTrue(JsonNode value) {
		return value.isBoolean() ? value.booleanValue()
				: value.isString() && "true".equalsIgnoreCase(value.stringValue().strip());
	}

	/**
	 * The host behind a machine id. Machines are usually registered under their host
	 * name, sometimes with a hex suffix for uniqueness ({@code acme-web-01-2f9c1b7e});
	 * the suffix is dropped so the device matches the host's asset name. Any other id is
	 * the device as it is.
	 */
	private static String device(String machine) {
		String host = GENERATED_SUFFIX.matcher(machine).replaceFirst("");
		return host.isBlank() ? machine : host;
	}

	private static Map<String, String> labels(JsonNode node) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String path : List.of("scenario", "source.scope", "source.range", "source.as_name", "source.cn",
				"events_count")) {
			JsonNode value = JsonPaths.at(node, path);
			if (value.isString() || value.isNumber()) {
				labels.put(path, JsonPaths.scalar(value, path));
			}
		}
		return labels;
	}

}
