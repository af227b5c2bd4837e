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

class SophosAdapterTests {

	private static final Instant RECEIVED = Instant.parse("2026-03-18T11:05:00Z");

	private final BoundAdapter adapter = BoundAdapter.of(new SophosAdapter(), Severity.MEDIUM);

	static Stream<Arguments> canonicalAlerts() {
		return Stream.of(
				canonical("siem-alert-core-clean-failed-high.json", "2f7b9c1e-6d4a-4b8e-9c3f-1a2b3c4d5e6f",
						"ACME-RECEPT-02", Severity.HIGH, "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"),
				canonical("common-api-alert-cleanup-failed-medium.json", "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
						"8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d", Severity.MEDIUM,
						"0e9d8c7b-6a5f-4e4d-9c3b-2a1f0e9d8c7b"));
	}

	@ParameterizedTest(name = "{0}: customer {1}, device {2}, {3}")
	@MethodSource("canonicalAlerts")
	void fixtureIsItsCanonicalFiringAlert(String fixture, String customer, String device, Severity severity,
			String id) {
		Alert alert = this.adapter.parse(fixture(fixture), RECEIVED).get(0);
		assertThat(alert.source()).isEqualTo("sophos");
		assertThat(alert.customerKey()).isEqualTo(customer);
		assertThat(alert.device()).isEqualTo(device);
		assertThat(alert.severity()).isEqualTo(severity);
		assertThat(alert.state()).isEqualTo(AlertState.FIRING);
		assertThat(alert.fingerprint()).isEqualTo(Fingerprint.of("sophos", List.of(id)));
		assertThat(alert.description()).startsWith("Manual cleanup required");
	}

	@Test
	void siemAlertTitleNamesTheEventThreatAndHost() {
		Alert alert = this.adapter.parse(fixture("siem-alert-core-clean-failed-high.json"), RECEIVED).get(0);
		assertThat(alert.title()).isEqualTo("CoreCleanFailed: Mal/Generic-R on ACME-RECEPT-02");
		assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-17T08:14:26Z"));
		assertThat(alert.labels()).containsEntry("data.endpoint_id", "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e")
			.containsEntry("data.created_at", "1773735269884");
	}

	@Test
	void commonApiAlertUsesItsRaisedAtAndTenantName() {
		Alert alert = this.adapter.parse(fixture("common-api-alert-cleanup-failed-medium.json"), RECEIVED).get(0);
		assertThat(alert.title()).isEqualTo("CleanupFailed on 8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d");
		assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-18T11:02:44.129Z"));
		assertThat(alert.labels()).containsEntry("tenant", "Globex Logistics");
	}

	@Test
	void fingerprintIsTheIdAloneWhateverElseChanges() {
		ObjectNode body = fixture("siem-alert-core-clean-failed-high.json");
		Fingerprint before = this.adapter.parse(body, RECEIVED).get(0).fingerprint();
		body.put("when", "2026-03-19T00:00:00Z").put("severity", "low").put("location", "elsewhere");
		assertThat(this.adapter.parse(body, RECEIVED).get(0).fingerprint()).isEqualTo(before);
	}

	@Test
	void numericIdSentAsStringGivesTheSameFingerprint() {
		ObjectNode number = fixture("siem-alert-core-clean-failed-high.json");
		number.put("id", new BigInteger("123456789012345678901234567890"));
		ObjectNode string = fixture("siem-alert-core-clean-failed-high.json");
		string.put("id", "123456789012345678901234567890");
		assertThat(this.adapter.parse(number, RECEIVED).get(0).fingerprint())
			.isEqualTo(this.adapter.parse(string, RECEIVED).get(0).fingerprint());
	}

	@Test
	void missingSeverityGivesTheSourceDefault() {
		ObjectNode body = fixture("common-api-alert-cleanup-failed-medium.json");
		body.remove("severity");
		assertThat(BoundAdapter.of(new SophosAdapter(), Severity.LOW).parse(body, RECEIVED).get(0).severity())
			.isEqualTo(Severity.LOW);
	}

	static Stream<Arguments> invalidPayloads() {
		return Stream.of(invalid("no id", (body) -> body.remove("id"), "'id' is required"),
				invalid("an id that is an array", (body) -> body.putArray("id"), "'id' must be a string"),
				invalid("a tenant that is text", (body) -> body.put("tenant", "Globex"), "'tenant' must be an object"),
				invalid("a raisedAt that is no time", (body) -> body.put("raisedAt", "soon"),
						"'raisedAt' must be an RFC 3339 time"));
	}

	@ParameterizedTest(name = "{0} -> \"{2}\"")
	@MethodSource("invalidPayloads")
	void malformedAlertIsRejectedNamingTheField(String problem, Consumer<ObjectNode> breakIt, String message) {
		ObjectNode body = fixture("common-api-alert-cleanup-failed-medium.json");
		breakIt.accept(body);
		assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> this.adapter.parse(body, RECEIVED))
			.withMessageContaining(message);
	}

	private static Arguments canonical(String fixture, String customer, String device, Severity severity, String id) {
		return Arguments.of(fixture, customer, device, severity, id);
	}

	private static Arguments invalid(String problem, Consumer<ObjectNode> breakIt, String message) {
		return Arguments.of(problem, breakIt, message);
	}

	private static ObjectNode fixture(String name) {
		return VendorFixtures.read("sophos/" + name);
	}

}
