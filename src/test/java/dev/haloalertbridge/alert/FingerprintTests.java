package dev.haloalertbridge.alert;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FingerprintTests {

	private static final String HEX32 = "0123456789abcdef0123456789abcdef";

	@Test
	void sameIngredientsGiveTheSameFingerprint() {
		Fingerprint first = Fingerprint.of("alertmanager", List.of("http://am:9093", "3f1a9c0d7e2b4c61"));
		Fingerprint second = Fingerprint.of("alertmanager", List.of("http://am:9093", "3f1a9c0d7e2b4c61"));
		assertThat(first).isEqualTo(second);
		assertThat(first.value()).isEqualTo(second.value());
	}

	@Test
	void differentSourcesGiveDifferentFingerprints() {
		List<String> ingredients = List.of("ACME-001", "disk-full");
		assertThat(Fingerprint.of("generic", ingredients).value().substring("generic:".length()))
			.isNotEqualTo(Fingerprint.of("grafana", ingredients).value().substring("grafana:".length()));
	}

	@Test
	void differentIngredientsGiveDifferentFingerprints() {
		assertThat(Fingerprint.of("generic", List.of("ACME-001", "disk-full")))
			.isNotEqualTo(Fingerprint.of("generic", List.of("ACME-001", "disk-ok")));
	}

	@Test
	void ingredientOrderMatters() {
		assertThat(Fingerprint.of("generic", List.of("a", "b")))
			.isNotEqualTo(Fingerprint.of("generic", List.of("b", "a")));
	}

	@Test
	void lengthPrefixKeepsIngredientBoundaries() {
		assertThat(Fingerprint.of("generic", List.of("ab", "c")))
			.isNotEqualTo(Fingerprint.of("generic", List.of("a", "bc")));
		assertThat(Fingerprint.of("generic", List.of("abc")))
			.isNotEqualTo(Fingerprint.of("generic", List.of("ab", "c")));
		assertThat(Fingerprint.of("generic", List.of("", "x")))
			.isNotEqualTo(Fingerprint.of("generic", List.of("x", "")));
	}

	@Test
	void valueIsTheSourceAndThirtyTwoLowerCaseHexDigits() {
		Fingerprint fingerprint = Fingerprint.of("alertmanager", List.of("x"));
		assertThat(fingerprint.value()).matches("alertmanager:[0-9a-f]{32}");
		assertThat(fingerprint).hasToString(fingerprint.value());
	}

	@Test
	void wellFormedValueIsAccepted() {
		assertThat(new Fingerprint("meraki-1:" + HEX32).value()).isEqualTo("meraki-1:" + HEX32);
	}

	@ParameterizedTest(name = "\"{0}\" is rejected")
	@ValueSource(strings = { "", "alertmanager", "alertmanager:", ":" + HEX32, "Alertmanager:" + HEX32,
			"alertmanager:0123456789ABCDEF0123456789ABCDEF", "alertmanager:0123456789abcdef0123456789abcde",
			"alertmanager:0123456789abcdef0123456789abcdef0", "alertmanager:0123456789abcdef0123456789abcdeg",
			"alert_manager:" + HEX32, "alertmanager " + HEX32, " alertmanager:" + HEX32, "alertmanager:" + HEX32 + "\n",
			"abcdefghijklmnopqrstuvwxyz0123456:" + HEX32 })
	void malformedValueIsRejected(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Fingerprint(value))
			.withMessageContaining("not a fingerprint");
	}

	@Test
	void sourceThatCannotFormAFingerprintIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Fingerprint.of("Alert Manager", List.of("x")));
	}

}
