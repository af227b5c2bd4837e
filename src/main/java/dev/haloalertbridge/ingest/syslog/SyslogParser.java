package dev.haloalertbridge.ingest.syslog;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dev.haloalertbridge.alert.Alert;

/**
 * Turns one syslog message of a source into an alert: header, key=value body, the
 * source's event selection, the vendor's reading. Pure: no clock, no I/O.
 */
public final class SyslogParser {

	private SyslogParser() {
	}

	/**
	 * Reads one message.
	 * @param source the source the sender belongs to
	 * @param sender the sender's address
	 * @param message the message, without its framing
	 * @param receivedAt when the bridge read it
	 * @return the alert, or empty when the event is not one the source selects
	 * @throws SyslogParseException if the message is not syslog, or lacks what its vendor
	 * always sends; nothing else is thrown
	 */
	public static Optional<Alert> parse(SyslogSource source, InetAddress sender, String message, Instant receivedAt) {
		SyslogFrame frame = SyslogFrame.parse(message);
		Map<String, String> fields = KeyValues.parse(frame.body());
		if (fields.isEmpty()) {
			throw new SyslogParseException("the message holds no key=value fields");
		}
		if (!source.selection().selects(fields)) {
			return Optional.empty();
		}
		return Optional.of(source.vendor().read(source, new SyslogEvent(frame, fields, sender, receivedAt)));
	}

}
