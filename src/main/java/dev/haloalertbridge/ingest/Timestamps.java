package dev.haloalertbridge.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads RFC 3339 times as {@link Instant#parse} does, quicker for the form senders use
 * ({@code 2026-03-02T09:00:00Z}, with an optional fraction and a {@code Z} or
 * {@code ±HH:MM} offset). Anything else goes to {@link Instant#parse}, so the answers and
 * the errors are the same.
 */
final class Timestamps {

	private static final int SECONDS_PER_DAY = 86_400;

	private Timestamps() {
	}

	/**
	 * The instant a time names.
	 * @param text the time
	 * @return the instant
	 * @throws java.time.format.DateTimeParseException if it is not a time
	 * {@link Instant#parse} takes
	 */
	static Instant parse(String text) {
		Instant quick = quick(text);
		return (quick != null) ? quick : Instant.parse(text);
	}

	private static Instant quick(String text) {
		int length = text.length();
		if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
				|| second > 59) {
			return null;
		}
		int position = 19;
		int nanos = 0;
		if (text.charAt(position) == '.') {
			int start = ++position;
			while (position < length && isDigit(text.charAt(position))) {
				position++;
			}
			int count = position - start;
			if (count < 1 || count > 9) {
				return null;
			}
			nanos = digits(text, start, count);
			for (int i = count; i < 9; i++) {
				nanos *= 10;
			}
		}
		int offsetSeconds = offset(text, position);
		if (offsetSeconds == Integer.MIN_VALUE) {
			return null;
		}
		long epochDay;
		try {
			epochDay = LocalDate.of(year, month, day).toEpochDay();
		}
		catch (DateTimeException ex) {
			return null;
		}
		long seconds = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
		return Instant.ofEpochSecond(seconds, nanos);
	}

	/**
	 * The offset at the end of the text in seconds, or {@link Integer#MIN_VALUE} when it
	 * is not {@code Z} or {@code ±HH:MM} ending the text.
	 */
	private static int offset(String text, int position) {
		int rest = text.length() - position;
		if (rest == 1 && text.charAt(position) == 'Z') {
			return 0;
		}
		if (rest != 6 || text.charAt(position + 3) != ':') {
			return Integer.MIN_VALUE;
		}
		char sign = text.charAt(position);
		int hours = digits(text, position + 1, 2);
		int minutes = digits(text, position + 4, 2);
		if ((sign != '+' && sign != '-') || hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
			return Integer.MIN_VALUE;
		}
		int seconds = hours * 3600 + minutes * 60;
		return (sign == '-') ? -seconds : seconds;
	}

	/** The number the digits spell, or -1 when one is not a digit. */
	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
