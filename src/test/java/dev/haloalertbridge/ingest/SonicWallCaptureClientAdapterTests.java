package dev.haloalertbridge.ingest;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SonicWallCaptureClientAdapterTests {

	private static final Instant RECEIVED = Instant.parse("2026-03-11T09:30:05Z");

	private static final String FIXTURE = "sonicwall/capture-client-threat-not-mitigated.json";

	private final BoundAdapter adapter = BoundAdapter.of(new SonicWallCaptureClientAdapter(), Severity.MEDIUM);

	@Test
	void fixtureIsItsCanonicalCriticalFiringAlert() {
		Alert alert = this.adapter.parse(VendorFixtures.read(FIXTURE), RECEIVED).get(0);
		assertThat(alert.source()).isEqualTo("sonicwall-capture-client");
		assertThat(alert.customerKey()).isEqualTo("cc-tenant-5f2e9a71");
		assertThat(alert.device()).isEqualTo("ACME-RECEPT-01");
		assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
		assertThat(alert.state()).isEqualTo(AlertState.FIRING);
		assertThat(alert.fingerprint())
			.isEqualTo(Fingerprint.of("sonicwall-capture-client", List.of("1893475629105738291")));
		assertThat(alert.title()).isEqualTo("Threat invoice_0311.pdf.exe on ACME-RECEPT-01");
		assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-11T09:21:44.118Z"));
	}

	static Stream<Arguments> severities() {
		return Stream.of(severity("malicious", "not_mitigated", Severity.CRITICAL),
				severity("malicious", "mitigated", Severity.HIGH),
				severity("suspicious", "not_mitigated", Severity.MEDIUM), severity("", "not_mitigated", Severity.LOW));
	}

	@ParameterizedTest(name = "{0}, {1} -> {2}")
	@MethodSource("severities")
	void severityFollowsConfidenceAndMitigation(String confidence, String mitigation, Severity expected) {
		ObjectNode body = VendorFixtures.read(FIXTURE);
		info(body).put("confidenceLevel", confidence).put("mitigationStatus", mitigation);
		assertThat(BoundAdapter.of(new SonicWallCaptureClientAdapter(), Severity.LOW)
			.parse(body, RECEIVED)
			.get(0)
			.severity()).isEqualTo(expected);
	}

	static Stream<Arguments> resolutions() {
		return Stream.of(Arguments.of("incidentStatus", "resolved"), Arguments.of("analystVerdict", "false_positive"));
	}

	@ParameterizedTest(name = "{0} {1} resolves")
	@MethodSource("resolutions")
	void laterPollThatFindsItResolvedResolvesTheSameThreat(String field, String value) {
		Fingerprint firing = this.adapter.parse(VendorFixtures.read(FIXTURE), RECEIVED).get(0).fingerprint();
		ObjectNode body = VendorFixtures.read(FIXTURE);
		info(body).put(field, value).put("updatedAt", "2026-03-11T10:00:00Z");
		Alert resolved = this.adapter.parse(body, RECEIVED).get(0);
		assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
		assertThat(resolved.fingerprint()).isEqualTo(firing);
	}

	@Test
	void customerFallsBackToTheSite() {
		ObjectNode body = VendorFixtures.read(FIXTURE);
		body.remove("relay");
		assertThat(this.adapter.parse(body, RECEIVED).get(0).customerKey()).isEqualTo("1893399998877665544");
	}

	@Test
	void threatIdAsANumberGivesTheSameFingerprintExactly() {
		Fingerprint expected = this.adapter.parse(VendorFixtures.read(FIXTURE), RECEIVED).get(0).fingerprint();
		ObjectNode number = VendorFixtures.read(FIXTURE);
		((ObjectNode) number.get("threat")).put("id", 1893475629105738291L);
		ObjectNode bigNumber = VendorFixtures.read(FIXTURE);
		((ObjectNode) bigNumber.get("threat")).put("id", new BigInteger("1893475629105738291"));
		ObjectNode fallback = VendorFixtures.read(FIXTURE);
		((ObjectNode) fallback.get("threat")).remove("id");
		assertThat(List.of(number, bigNumber, fallback)).allSatisfy(
				(body) -> assertThat(this.adapter.parse(body, RECEIVED).get(0).fingerprint()).isEqualTo(expected));
	}

	static Stream<Arguments> invalidPayloads() {
		return Stream.of(invalid("no threat", (body) -> body.remove("threat"), "'threat' is required"),
				invalid("a threat that is text", (body) -> body.put("threat", "bad"), "'threat' must be an object"),
				invalid("no threat id", (body) -> {
					ObjectNode threat = (ObjectNode) body.get("threat");
					threat.remove("id");
					info(body).remove("threatId");
				}, "'threat.id' is required"),
				invalid("a relay that is text", (body) -> body.put("relay", "x"), "'relay' must be an object"));
	}

	@ParameterizedTest(name = "{0} -> \"{2}\"")
	@MethodSource("invalidPayloads")
	void malformedMessageIsRejectedNamingTheField(String problem, Consumer<ObjectNode> breakIt, String message) {
		ObjectNode body = VendorFixtures.read(FIXTURE);
		breakIt.accept(body);
		assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> this.adapter.parse(body, RECEIVED))
			.withMessageContaining(message);
	}

	private static ObjectNode info(ObjectNode body) {
		return (ObjectNode) body.get("threat").get("threatInfo");
	}

	private static Arguments severity(String confidence, String mitigation, Severity expected) {
		return Arguments.of(confidence, mitigation, expected);
	}

	private static Arguments invalid(String problem, Consumer<ObjectNode> breakIt, String message) {
		return Arguments.of(problem, breakIt, message);
	}

}
