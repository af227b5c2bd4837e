package dev.haloalertbridge.ingest.syslog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Random and mutated messages, from a fixed seed so a failure repeats: parsing returns an
 * alert, returns nothing, or throws {@link SyslogParseException}, and nothing else.
 */
class SyslogFuzzTests {

	private static final String ALPHABET = "<>=\" \\\t\n0123456789abcdefmsnid:.-/[]@é山🔥\u0000\uFEFF";

	private final Random random = new Random(20260308L);

	@Test
	void parserThrowsNothingButItsParseException() {
		List<String> seeds = new ArrayList<>(SyslogFixtures.lines("sonicwall.log"));
		seeds.addAll(SyslogFixtures.lines("fortigate.log"));
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			int parsed = 0;
			for (int i = 0; i < 4000; i++) {
				String message = (i % 4 == 0) ? randomText(1 + this.random.nextInt(300))
						: mutate(seeds.get(this.random.nextInt(seeds.size())));
				parsed += tryParse(message) ? 1 : 0;
			}
			assertThat(parsed).as("mutations that still read as alerts").isGreaterThan(100);
		});
	}

	private boolean tryParse(String message) {
		for (SyslogSource source : List.of(SyslogParserTests.SONICWALL, SyslogParserTests.FORTIGATE)) {
			try {
				return SyslogParser.parse(source, SyslogParserTests.SENDER, message, SyslogParserTests.RECEIVED)
					.isPresent();
			}
			catch (SyslogParseException ex) {
				// documented: counted and skipped by the listeners
			}
		}
		return false;
	}

	private String mutate(String line) {
		StringBuilder text = new StringBuilder(line);
		int edits = 1 + this.random.nextInt(6);
		for (int edit = 0; edit < edits && !text.isEmpty(); edit++) {
			int at = this.random.nextInt(text.length());
			switch (this.random.nextInt(5)) {
				case 0 -> text.deleteCharAt(at);
				case 1 -> text.insert(at, randomText(1 + this.random.nextInt(4)));
				case 2 -> text.setLength(at);
				case 3 -> text.setCharAt(at, ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
				default -> text.insert(at, text.substring(this.random.nextInt(text.length())));
			}
		}
		return text.toString();
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

}
