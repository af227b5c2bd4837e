package dev.haloalertbridge.ingest.syslog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;

/**
 * Reads a FortiOS event. Every fingerprint starts with the device, the VDOM and the log
 * id; UTM logs add the signature and the two addresses, IPsec logs the tunnel (so a
 * {@code tunnel-up} resolves the {@code tunnel-down} of the same tunnel), login failures
 * the user and source address.
 */
final class FortiOsEvents {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxx",
			Locale.ROOT);

	private FortiOsEvents() {
	}

	static Alert read(SyslogSource source, SyslogEvent event) {
		String device = event.required("devid");
		List<String> ingredients = List.of(device, event.field("vd"), event.required("logid"));
		List<String> specific = specific(event);
		return new Alert(source.name(),
				Fingerprint.of(source.name(),
						java.util.stream.Stream.concat(ingredients.stream(), specific.stream()).toList()),
				severity(event), state(event), source.customerFor(device, event.sender()), device, title(event),
				SyslogAlerts.description(event, "msg", "attack", "srcip", "dstip", "vpntunnel", "remip", "user",
						"action"),
				SyslogAlerts.labels(event), time(event).orElse(event.receivedAt()), event.receivedAt());
	}

	private static List<String> specific(SyslogEvent event) {
		if ("utm".equals(event.field("type"))) {
			String signature = event.field("attackid").isEmpty() ? event.field("virusid") : event.field("attackid");
			return List.of(signature, event.field("srcip"), event.field("dstip"));
		}
		if (!event.field("vpntunnel").isEmpty()) {
			return List.of(event.field("vpntunnel"));
		}
		if (!event.field("user").isEmpty() && !event.field("srcip").isEmpty()) {
			return List.of(event.field("user"), event.field("srcip"));
		}
		return List.of();
	}

	private static AlertState state(SyslogEvent event) {
		return "tunnel-up".equals(event.field("action")) ? AlertState.RESOLVED : AlertState.FIRING;
	}

	/**
	 * {@code severity} (IPS logs) when present, else {@code level}, else the header's
	 * severity.
	 */
	private static Severity severity(SyslogEvent event) {
		return Severity.parse(event.field("severity"))
			.or(() -> Severity.parse(event.field("level")))
			.orElseGet(() -> SyslogFrame.severityOf(event.frame().severityCode()));
	}

	private static String title(SyslogEvent event) {
		String what = event.field("logdesc").isBlank() ? event.field("msg") : event.field("logdesc");
		if (what.isBlank()) {
			what = "FortiOS " + event.field("type") + " log " + event.field("logid");
		}
		if (!event.field("attack").isBlank()) {
			return what + ": " + event.field("attack");
		}
		if (!event.field("vpntunnel").isBlank()) {
			return what + ": " + event.field("vpntunnel") + " " + event.field("action");
		}
		return what;
	}

	/**
	 * {@code eventtime} (nanoseconds since the epoch in FortiOS 7, too many digits for a
	 * double, so read as a long), else {@code date}, {@code time} and {@code tz}.
	 */
	private static Optional<Instant> time(SyslogEvent event) {
		String eventtime = event.field("eventtime");
		if (eventtime.length() == 19 && eventtime.chars().allMatch(Character::isDigit)) {
			try {
				long nanos = Long.parseLong(eventtime);
				return Optional.of(Instant.ofEpochSecond(nanos / 1_000_000_000L, nanos % 1_000_000_000L));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		try {
			String tz = event.field("tz").isEmpty() ? "+0000" : event.field("tz");
			return Optional
				.of(OffsetDateTime.parse(event.field("date") + " " + event.field("time") + tz, DATE_TIME).toInstant());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
