package dev.haloalertbridge.ingest.syslog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what follows {@code <PRI>} in an RFC 3164 message. SonicOS and FortiOS put their
 * key=value body right after the priority; relays and other senders put a timestamp
 * ({@code Mar  8 13:22:41}, or an ISO 8601 time) and a host first. Without a timestamp
 * there is no telling a host from the body, so none is read.
 */
final class Rfc3164 {

	private static final Pattern TIMESTAMP_AND_HOST = Pattern
		.compile("^(?:[A-Z][a-z]{2} [ 0-9]\\d \\d\\d:\\d\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\dT\\S+) ([^ =\"]+) ?");

	private Rfc3164() {
	}

	static SyslogFrame read(int priority, String text) {
		Matcher matcher = TIMESTAMP_AND_HOST.matcher(text);
		if (matcher.find()) {
			return new SyslogFrame(priority, matcher.group(1), text.substring(matcher.end()).strip());
		}
		return new SyslogFrame(priority, "", text.strip());
	}

}
