package dev.haloalertbridge.ingest;

import java.util.List;
import java.util.stream.IntStream;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 202's body, written by hand on the hot path, is the JSON Jackson writes for it.
 */
class AcceptedTests {

	private static final String FINGERPRINT = "alertmanager:0123456789abcdef0123456789abcdef";

	private final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 3 })
	void isWhatJacksonWrites(int alerts) {
		List<String> fingerprints = IntStream.range(0, alerts)
			.mapToObj((i) -> FINGERPRINT.replace("0123", String.format("%04d", i)))
			.toList();
		Accepted accepted = new Accepted(alerts, fingerprints);
		assertThat(this.json.readTree(accepted.toJson())).isEqualTo(this.json.valueToTree(accepted));
		assertThat(this.json.readTree(accepted.toJson()).path("fingerprints").size()).isEqualTo(alerts);
	}

}
