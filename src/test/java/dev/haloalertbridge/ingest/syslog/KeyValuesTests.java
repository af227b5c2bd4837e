package dev.haloalertbridge.ingest.syslog;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class KeyValuesTests {

	@Test
	void quotedValuesKeepTheirSpaces() {
		assertThat(KeyValues.parse("msg=\"IPS Prevention Alert: WEB-ATTACKS Log4j\" n=8158"))
			.containsExactly(entry("msg", "IPS Prevention Alert: WEB-ATTACKS Log4j"), entry("n", "8158"));
	}

	@Test
	void escapedQuotesAndBackslashesInsideQuotes() {
		assertThat(KeyValues.parse("msg=\"say \\\"hi\\\" to C:\\\\temp\\x\" next=1"))
			.containsExactly(entry("msg", "say \"hi\" to C:\\temp\\x"), entry("next", "1"));
	}

	@Test
	void unicodeIsKeptAsSent() {
		assertThat(KeyValues.parse("usr=\"Jürgen Ødegård 山田\" note=λ🔥"))
			.containsExactly(entry("usr", "Jürgen Ødegård 山田"), entry("note", "λ🔥"));
	}

	@Test
	void keysWithoutValuesAreEmpty() {
		assertThat(KeyValues.parse("a= b=\"\" c=3")).containsExactly(entry("a", ""), entry("b", ""), entry("c", "3"));
	}

	@Test
	void garbageBetweenFieldsIsSkipped() {
		assertThat(KeyValues.parse("  junk =x a=1 ===  bare \t b=2 = ")).containsExactly(entry("a", "1"),
				entry("b", "2"));
	}

	@Test
	void unclosedQuoteRunsToTheEnd() {
		assertThat(KeyValues.parse("a=1 msg=\"no end here")).containsExactly(entry("a", "1"),
				entry("msg", "no end here"));
	}

	@Test
	void firstOfRepeatedKeysWins() {
		assertThat(KeyValues.parse("a=1 a=2")).containsExactly(entry("a", "1"));
	}

	@Test
	void nineteenDigitEventTimeStaysExactText() {
		Map<String, String> fields = KeyValues.parse("eventtime=1772976161913000001 tz=\"+0000\"");
		assertThat(fields.get("eventtime")).isEqualTo("1772976161913000001");
		assertThat(Long.parseLong(fields.get("eventtime"))).isEqualTo(1772976161913000001L);
	}

	@Test
	void emptyBodyHasNoFields() {
		assertThat(KeyValues.parse("")).isEmpty();
		assertThat(KeyValues.parse("   no fields at all ")).isEmpty();
	}

}
