package dev.haloalertbridge.ingest.syslog;

/**
 * Reads what follows {@code <PRI>1 } in an RFC 5424 message: five header fields,
 * structured data ({@code -} or bracketed elements) and the message. Only the host and
 * the message matter to the bridge; the rest is checked for shape and skipped.
 */
final class Rfc5424 {

	private static final int HEADER_FIELDS = 5;

	private static final int HOST_FIELD = 1;

	private Rfc5424() {
	}

	static SyslogFrame read(int priority, String text) {
		int at = 0;
		String host = "";
		for (int field = 0; field < HEADER_FIELDS; field++) {
			int space = text.indexOf(' ', at);
			if (space <= at) {
				throw new SyslogParseException("an RFC 5424 header has five fields before its structured data");
			}
			if (field == HOST_FIELD) {
				host = text.substring(at, space);
			}
			at = space + 1;
		}
		int end = structuredDataEnd(text, at);
		String message = (end < text.length()) ? text.substring(end + 1) : "";
		if (message.startsWith("\uFEFF")) {
			message = message.substring(1);
		}
		return new SyslogFrame(priority, "-".equals(host) ? "" : host, message.strip());
	}

	/**
	 * Where the structured data ends: after a lone {@code -}, or after the last of its
	 * bracketed elements, whose quoted values may hold escaped {@code ]} and {@code "}.
	 */
	private static int structuredDataEnd(String text, int start) {
		if (text.startsWith("-", start)) {
			return start + 1;
		}
		int at = start;
		while (at < text.length() && text.charAt(at) == '[') {
			at = elementEnd(text, at) + 1;
		}
		if (at == start) {
			throw new SyslogParseException("RFC 5424 structured data is '-' or [elements]");
		}
		return at;
	}

	private static int elementEnd(String text, int open) {
		boolean quoted = false;
		for (int at = open + 1; at < text.length(); at++) {
			char c = text.charAt(at);
			if (c == '\\') {
				at++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ']' && !quoted) {
				return at;
			}
		}
		throw new SyslogParseException("an RFC 5424 structured data element is not closed");
	}

}
