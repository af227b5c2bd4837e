package dev.haloalertbridge.ingest.syslog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;

/**
 * Reads a SonicOS enhanced syslog event. The fingerprint is the serial, the message id,
 * the IPS signature and the two addresses without their ports (an attack repeats from new
 * source ports, with a new {@code n} and {@code time}); a denied login is the serial, the
 * message id, the source address and the user. SonicOS sends no resolution, so every
 * alert fires.
 */
final class SonicOsEvents {

	private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3}){3}");

	/** {@code address:port:interface[:host]} with an IPv6 address. */
	private static final Pattern ADDRESS_PORT_INTERFACE = Pattern.compile("^(.*?):\\d+:[A-Za-z][^:]*(?::.*)?$");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private SonicOsEvents() {
	}

	static Alert read(SyslogSource source, SyslogEvent event) {
		String serial = event.required("sn");
		String message = event.required("m");
		String src = address(event.field("src"));
		List<String> ingredients = login(event) ? List.of(serial, message, src, event.field("usr"))
				: List.of(serial, message, event.field("sid"), src, address(event.field("dst")));
		String title = event.field("msg").isBlank() ? "SonicOS event " + message : event.field("msg");
		return new Alert(source.name(), Fingerprint.of(source.name(), ingredients), severity(event), AlertState.FIRING,
				source.customerFor(serial, event.sender()), serial, title,
				SyslogAlerts.description(event, "ipscat", "src", "dst", "usr", "note", "fw_action"),
				SyslogAlerts.labels(event), time(event).orElse(event.receivedAt()), event.receivedAt());
	}

	private static boolean login(SyslogEvent event) {
		return !event.field("usr").isBlank() && event.field("msg").toLowerCase(Locale.ROOT).contains("login");
	}

	/**
	 * {@code ipspri} (1 high, 2 medium, 3 low) for IPS events, else {@code pri}, else the
	 * header's severity.
	 */
	private static Severity severity(SyslogEvent event) {
		switch (event.field("ipspri")) {
			case "1":
				return Severity.HIGH;
			case "2":
				return Severity.MEDIUM;
			case "3":
				return Severity.LOW;
			default:
		}
		String pri = event.field("pri");
		if (pri.length() == 1 && pri.charAt(0) >= '0' && pri.charAt(0) <= '7') {
			return SyslogFrame.severityOf(pri.charAt(0) - '0');
		}
		return SyslogFrame.severityOf(event.frame().severityCode());
	}

	/**
	 * The address of {@code 198.51.100.23:54192:X1}; a value of another shape is kept
	 * whole.
	 */
	static String address(String value) {
		Matcher ipv4 = IPV4.matcher(value);
		if (ipv4.find()) {
			return ipv4.group();
		}
		Matcher ipv6 = ADDRESS_PORT_INTERFACE.matcher(value);
		return ipv6.matches() ? ipv6.group(1) : value;
	}

	/**
	 * {@code time} in UTC when it says so; without " UTC" it is the firewall's local time
	 * in an unknown zone, and the receive time is used instead.
	 */
	private static Optional<Instant> time(SyslogEvent event) {
		String time = event.field("time");
		if (!time.endsWith(" UTC")) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(LocalDateTime.parse(time.substring(0, time.length() - 4), TIME).toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
