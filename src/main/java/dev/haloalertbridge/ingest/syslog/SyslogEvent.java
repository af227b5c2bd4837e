package dev.haloalertbridge.ingest.syslog;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Map;

/**
 * One read syslog message, as a vendor's reading sees it.
 *
 * @param frame the header and body
 * @param fields the body's key=value fields, in order
 * @param sender the address it came from
 * @param receivedAt when the bridge read it
 */
record SyslogEvent(SyslogFrame frame, Map<String, String> fields, InetAddress sender, Instant receivedAt) {

	/**
	 * A field's value.
	 * @param key the field
	 * @return its value, empty when absent
	 */
	String field(String key) {
		return this.fields.getOrDefault(key, "");
	}

	/**
	 * A field's value that the vendor always sends.
	 * @param key the field
	 * @return its value
	 * @throws SyslogParseException when it is absent or empty
	 */
	String required(String key) {
		String value = field(key);
		if (value.isBlank()) {
			throw new SyslogParseException("the message has no '" + key + "'");
		}
		return value;
	}

}
