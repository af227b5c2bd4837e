package dev.haloalertbridge.ingest.syslog;

import dev.haloalertbridge.alert.Severity;

/**
 * The header of one syslog message and its body. Appliances send either an RFC 3164
 * message ({@code <PRI>} and, optionally, a timestamp and host) or an RFC 5424 one
 * ({@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG}); the body is the vendor's
 * key=value text in both.
 *
 * @param priority the PRI value, facility times 8 plus severity (0 to 191)
 * @param host the header's host name, empty when the header has none or says {@code -}
 * @param body the message text after the header
 */
public record SyslogFrame(int priority, String host, String body) {

	public SyslogFrame {
		if (priority < 0 || priority > 191) {
			throw new IllegalArgumentException("a syslog priority is 0 to 191, not " + priority);
		}
	}

	/**
	 * The syslog severity in the priority: 0 emergency to 7 debug.
	 * @return the severity number
	 */
	public int severityCode() {
		return this.priority & 7;
	}

	/**
	 * Reads one message, without its framing.
	 * @param message the message as received
	 * @return the frame
	 * @throws SyslogParseException if it does not start with a valid {@code <PRI>}
	 */
	public static SyslogFrame parse(String message) {
		String text = trimEnd(message);
		int close = text.indexOf('>');
		if (!text.startsWith("<") || close < 2 || close > 4) {
			throw new SyslogParseException("a syslog message starts with <PRI>");
		}
		int priority = priority(text.substring(1, close));
		String rest = text.substring(close + 1);
		if (rest.length() > 1 && rest.charAt(0) >= '1' && rest.charAt(0) <= '9' && rest.charAt(1) == ' ') {
			return Rfc5424.read(priority, rest.substring(2));
		}
		return Rfc3164.read(priority, rest);
	}

	/**
	 * The bridge's severity for a syslog severity number, as SonicOS's {@code pri} and
	 * the header use it.
	 * @param code 0 (emergency) to 7 (debug)
	 * @return 0 to 2 critical, 3 high, 4 medium, 5 low, 6 and 7 info
	 */
	static Severity severityOf(int code) {
		if (code <= 2) {
			return Severity.CRITICAL;
		}
		return switch (code) {
			case 3 -> Severity.HIGH;
			case 4 -> Severity.MEDIUM;
			case 5 -> Severity.LOW;
			default -> Severity.INFO;
		};
	}

	private static int priority(String digits) {
		if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)
				|| (digits.length() > 1 && digits.charAt(0) == '0')) {
			throw new SyslogParseException("<PRI> holds 1 to 3 digits");
		}
		int priority = Integer.parseInt(digits);
		if (priority > 191) {
			throw new SyslogParseException("<PRI> is at most 191");
		}
		return priority;
	}

	private static String trimEnd(String text) {
		int end = text.length();
		while (end > 0
				&& (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\0')) {
			end--;
		}
		return text.substring(0, end);
	}

}
