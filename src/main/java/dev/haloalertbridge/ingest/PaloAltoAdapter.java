package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;

import org.springframework.stereotype.Component;

/**
 * PAN-OS log forwarding through an HTTP server profile. PAN-OS has one admin-written
 * payload per log type, so this reads the body through a {@link TemplateMapping}: the
 * defaults match the threat and system templates in {@code docs/webhooks.md}, and a
 * source's options can point anywhere else.
 * <p>
 * The default fingerprint is the firewall's serial with the threat's subtype, id and both
 * addresses for threat logs, or with the event id, module and object for system logs.
 * Times, sequence numbers, session ids, ports and repeat counts are never in it. PAN-OS
 * sends no resolution, so alerts are firing unless a source maps a state field.
 */
@Component
class PaloAltoAdapter implements AlertAdapter {

	private static final String THREAT_FINGERPRINT = "/device/serial,/details/subtype,/threat/id,/tuple/src,/tuple/dst";

	private static final String SYSTEM_FINGERPRINT = "/device/serial,/details/name,/details/module,/details/object";

	private static final JsonPointer DETAILS_TYPE = JsonPointer.compile("/details/type");

	private static final JsonPointer ALERT_SOURCE = JsonPointer.compile("/alert/source");

	private static final Map<String, String> DEFAULTS = Map.of("customer", "/customer", "device", "/device/serial",
			"severity", "/threat/severity,/alert/severity", "title", "/threat/name,/details/description", "description",
			"/details/description,/threat/category", "resolved-values", "resolved");

	@Override
	public String vendor() {
		return "paloalto";
	}

	@Override
	public List<Alert> parse(SourceSettings source, JsonNode body, Instant receivedAt) {
		if (!body.isObject()) {
			throw new InvalidPayloadException("a PAN-OS body is a JSON object");
		}
		Map<String, String> defaults = new HashMap<>(DEFAULTS);
		if (source.option("fingerprint").isEmpty()) {
			defaults.put("fingerprint", isSystemLog(body) ? SYSTEM_FINGERPRINT : THREAT_FINGERPRINT);
		}
		TemplateMapping mapping = TemplateMapping.of(source, "PAN-OS", defaults);
		return List.of(mapping.read(body, receivedAt, receivedAt));
	}

	/**
	 * The default templates name the log type twice ({@code $type} in
	 * {@code details.type}, a fixed word in {@code alert.source}); either will do.
	 */
	private static boolean isSystemLog(JsonNode body) {
		String type = JsonFields.scalarAt(body, DETAILS_TYPE);
		if (type.isEmpty()) {
			type = JsonFields.scalarAt(body, ALERT_SOURCE);
		}
		return "system".equals(type.toLowerCase(Locale.ROOT));
	}

}
