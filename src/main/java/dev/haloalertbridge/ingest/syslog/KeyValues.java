package dev.haloalertbridge.ingest.syslog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the {@code key=value key="quoted value"} bodies of SonicOS and FortiOS. It never
 * fails: a quoted value may hold spaces and {@code \"}, a key may have an empty value
 * ({@code key=} or {@code key=""}), a token without {@code =} is skipped, and an unclosed
 * quote runs to the end. The first of repeated keys wins. Every value is text, so a
 * 19-digit FortiOS {@code eventtime} stays exact.
 */
final class KeyValues {

	private KeyValues() {
	}

	static Map<String, String> parse(String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		int at = 0;
		int length = body.length();
		while (at < length) {
			while (at < length && Character.isWhitespace(body.charAt(at))) {
				at++;
			}
			int keyStart = at;
			while (at < length && body.charAt(at) != '=' && !Character.isWhitespace(body.charAt(at))) {
				at++;
			}
			if (at >= length || body.charAt(at) != '=') {
				continue;
			}
			String key = body.substring(keyStart, at);
			StringBuilder value = new StringBuilder();
			at = value(body, at + 1, value);
			if (!key.isEmpty()) {
				fields.putIfAbsent(key, value.toString());
			}
		}
		return fields;
	}

	/**
	 * Reads a value from {@code start} into {@code value}.
	 * @return the index after it
	 */
	private static int value(String body, int start, StringBuilder value) {
		int at = start;
		int length = body.length();
		if (at < length && body.charAt(at) == '"') {
			at++;
			while (at < length && body.charAt(at) != '"') {
				char c = body.charAt(at);
				if (c == '\\' && at + 1 < length && (body.charAt(at + 1) == '"' || body.charAt(at + 1) == '\\')) {
					at++;
					c = body.charAt(at);
				}
				value.append(c);
				at++;
			}
			return at + 1;
		}
		while (at < length && !Character.isWhitespace(body.charAt(at))) {
			value.append(body.charAt(at));
			at++;
		}
		return at;
	}

}
