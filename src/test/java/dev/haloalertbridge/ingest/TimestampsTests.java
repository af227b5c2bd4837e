package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The quick reading of RFC 3339 times answers exactly as {@link Instant#parse} does: the
 * same instant, or the same refusal.
 */
class TimestampsTests {

	@ParameterizedTest
	@ValueSource(strings = { "2026-03-02T09:00:00Z", "2026-03-02T09:00:00.1Z", "2026-03-02T09:00:00.123456789Z",
			"2026-03-02T09:00:00+01:00", "2026-03-02T09:00:00.5-05:30", "0001-01-01T00:00:00Z",
			"2024-02-29T23:59:59.999Z", "1969-12-31T23:59:59Z", "2026-03-02T09:00:00+00:00", "2026-03-02T24:00:00Z",
			"2026-12-31T23:59:60Z", "2026-03-02T09:00:00+18:00", "+12026-03-02T09:00:00Z" })
	void readsWhatInstantParseReads(String text) {
		assertSameAsInstantParse(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30T09:00:00Z", "2026-13-02T09:00:00Z", "2026-03-02T09:60:00Z",
			"2026-03-02 09:00:00Z", "2026-03-02T09:00:00", "2026-03-02T09:00:00.1234567891Z",
			"2026-03-02T09:00:00+1:00", "2026-03-02T09:00:00+01:00x", "2026-0a-02T09:00:00Z", "yesterday", "" })
	void refusesWhatInstantParseRefuses(String text) {
		assertSameAsInstantParse(text);
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> Timestamps.parse(text));
	}

	@Test
	void agreesWithInstantParseOnManyGeneratedTimes() {
		Random random = new Random(20261206);
		String alphabet = "0123456789-T:.Z+ ";
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder(
					String.format("%04d-%02d-%02dT%02d:%02d:%02d", random.nextInt(3000), random.nextInt(14),
							random.nextInt(33), random.nextInt(25), random.nextInt(61), random.nextInt(61)));
			if (random.nextBoolean()) {
				text.append('.').append(random.nextInt(1_000_000_000));
			}
			text.append(switch (random.nextInt(4)) {
				case 0 -> "Z";
				case 1 -> String.format("+%02d:%02d", random.nextInt(19), random.nextInt(61));
				case 2 -> String.format("-%02d:%02d", random.nextInt(19), random.nextInt(61));
				default -> "";
			});
			if (random.nextInt(10) == 0) {
				text.setCharAt(random.nextInt(text.length()), alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertSameAsInstantParse(text.toString());
		}
	}

	private static void assertSameAsInstantParse(String text) {
		Instant expected;
		try {
			expected = Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			assertThatExceptionOfType(DateTimeParseException.class).as(text).isThrownBy(() -> Timestamps.parse(text));
			return;
		}
		assertThat(Timestamps.parse(text)).as(text).isEqualTo(expected);
	}

}
