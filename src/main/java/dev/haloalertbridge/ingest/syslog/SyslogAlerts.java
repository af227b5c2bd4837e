package dev.haloalertbridge.ingest.syslog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What every vendor's alerts share: the ticket's description and labels from the event's
 * fields.
 */
final class SyslogAlerts {

	/** Bounds the labels shown on a ticket, whatever a sender puts in one line. */
	private static final int MAX_LABELS = 64;

	private SyslogAlerts() {
	}

	/**
	 * One {@code key: value} line per field of interest the event has.
	 * @param event the event
	 * @param keys the fields worth a line, in order
	 * @return the description, empty when it has none of them
	 */
	static String description(SyslogEvent event, String... keys) {
		StringJoiner lines = new StringJoiner("\n");
		for (String key : keys) {
			String value = event.field(key);
			if (!value.isBlank()) {
				lines.add(key + ": " + value);
			}
		}
		return lines.toString();
	}

	/**
	 * The event's fields, as the vendor named them, plus the sender's address.
	 * @param event the event
	 * @return at most 64 labels
	 */
	static Map<String, String> labels(SyslogEvent event) {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("syslog_sender", event.sender().getHostAddress());
		for (Map.Entry<String, String> field : event.fields().entrySet()) {
			if (labels.size() >= MAX_LABELS) {
				break;
			}
			labels.putIfAbsent(field.getKey(), field.getValue());
		}
		return labels;
	}

}
