package dev.haloalertbridge.ingest;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JsonPathsTests {

	@ParameterizedTest(name = "{0} is the key \"{1}\"")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			value = { "1 | 1", "1.0 | 1", "1.00 | 1", "\"1\" | 1", "\"1.0\" | 1", "1e2 | 100", "97.30 | 97.3",
					"\"97.30\" | 97.3", "-0.0 | 0", "\" 42 \" | 42", "\"017\" | 017", "\"1e2\" | 1e2",
					"\"6e5d4c3b2a190817\" | 6e5d4c3b2a190817", "1893475629105738291 | 1893475629105738291",
					"\"1893475629105738291\" | 1893475629105738291", "9223372036854775808 | 9223372036854775808",
					"123456789012345678901234567890 | 123456789012345678901234567890", "true | true", "null | ``",
					"\"10.20.30.40\" | 10.20.30.40" })
	void numberSentAsTextOrNumberIsOneKey(String json, String expected) {
		JsonNode body = Fixtures.JSON.readTree("{\"a\": {\"b\": " + json + "}}");
		assertThat(JsonPaths.keyAt(body, "a.b")).isEqualTo(expected);
	}

	@Test
	void hugeExponentStaysShort() {
		JsonNode body = Fixtures.JSON.readTree("{\"a\": 1E+300}");
		assertThat(JsonPaths.keyAt(body, "a")).hasSizeLessThan(10);
	}

	@Test
	void pathThroughANonObjectIsMissing() {
		JsonNode body = Fixtures.JSON.readTree("{\"a\": [1], \"b\": \"x\"}");
		assertThat(JsonPaths.at(body, "a.b").isMissingNode()).isTrue();
		assertThat(JsonPaths.at(body, "b.c").isMissingNode()).isTrue();
		assertThat(JsonPaths.keyAt(body, "c.d")).isEmpty();
	}

	@Test
	void containerWhereAScalarBelongsIsRefusedNamingThePath() {
		JsonNode body = Fixtures.JSON.readTree("{\"a\": {\"b\": {}}}");
		assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> JsonPaths.keyAt(body, "a.b"))
			.withMessage("'a.b' must be a string or a number");
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "2026-03-19T04:31:12.804+0000, 2026-03-19T04:31:12.804Z",
			"2026-03-05T11:20:00+01:00, 2026-03-05T10:20:00Z",
			"2026-03-21T13:58:24.3713213Z, 2026-03-21T13:58:24.3713213Z" })
	void timeReadsTheOffsetFormsVendorsSend(String text, Instant expected) {
		JsonNode body = Fixtures.JSON.readTree("{\"t\": \"" + text + "\"}");
		assertThat(JsonPaths.timeAt(body, "t")).contains(expected);
	}

	@Test
	void refusedTimeIsQuotedShortly() {
		JsonNode body = Fixtures.JSON.readTree("{\"t\": \"" + "x".repeat(10_000) + "\"}");
		assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> JsonPaths.timeAt(body, "t"))
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(200));
	}

}
