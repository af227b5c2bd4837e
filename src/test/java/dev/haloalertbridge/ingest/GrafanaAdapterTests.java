package dev.haloalertbridge.ingest;

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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GrafanaAdapterTests {

	private static final Instant RECEIVED = Instant.parse("2026-03-05T10:30:00Z");

	private final BoundAdapter adapter = adapter(Severity.MEDIUM);

	@ParameterizedTest(name = "{0} is {4} {3} for {1} on {2}")
	@CsvSource({ "high-cpu-firing.json,   ACME-001, app02.acme.example.com, HIGH, FIRING",
			"high-cpu-resolved.json, ACME-001, app02.acme.example.com, HIGH, RESOLVED" })
	void fixtureIsItsCanonicalAlert(String fixture, String customer, String device, Severity severity,
			AlertState state) {
		assertThat(this.adapter.parse(fixture(fixture), RECEIVED)).singleElement().satisfies((alert) -> {
			assertThat(alert.source()).isEqualTo("grafana");
			assertThat(alert.customerKey()).isEqualTo(customer);
			assertThat(alert.device()).isEqualTo(device);
			assertThat(alert.severity()).isEqualTo(severity);
			assertThat(alert.state()).isEqualTo(state);
			assertThat(alert.title()).isEqualTo("CPU above 95% for 10m on app02");
			assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-05T10:20:00Z"));
		});
	}

	@Test
	void fingerprintIsOrgIdExternalUrlAndGrafanasFingerprint() {
		assertThat(only(fixture("high-cpu-firing.json")).fingerprint())
			.isEqualTo(Fingerprint.of("grafana", List.of("1", "https://grafana.msp.example.com/", "6e5d4c3b2a190817")));
	}

	@Test
	void resolvedIsTheSameAlertAsFiring() {
		assertThat(only(fixture("high-cpu-resolved.json")).fingerprint())
			.isEqualTo(only(fixture("high-cpu-firing.json")).fingerprint());
	}

	@Test
	void oneMessageMayMixFiringAndResolvedAlerts() {
		ObjectNode body = fixture("high-cpu-firing.json");
		ObjectNode other = firstAlert(fixture("high-cpu-resolved.json"));
		other.put("fingerprint", "0a1b2c3d4e5f6a7b");
		((ArrayNode) body.get("alerts")).add(other);
		List<Alert> alerts = this.adapter.parse(body, RECEIVED);
		assertThat(alerts).extracting(Alert::state).containsExactly(AlertState.FIRING, AlertState.RESOLVED);
		assertThat(alerts.get(0).fingerprint()).isNotEqualTo(alerts.get(1).fingerprint());
	}

	@ParameterizedTest(name = "orgId {0} is orgId 1")
	@CsvSource(delimiter = '|', value = { "1", "\"1\"", "1.0", "\"1.0\"", "1e0" })
	void orgIdAsNumberOrTextIsOneFingerprint(String orgId) {
		ObjectNode body = fixture("high-cpu-firing.json");
		body.set("orgId", Fixtures.JSON.readTree(orgId));
		assertThat(only(body).fingerprint()).isEqualTo(only(fixture("high-cpu-firing.json")).fingerprint());
	}

	@Test
	void anotherOrganisationIsAnotherAlert() {
		ObjectNode body = fixture("high-cpu-firing.json");
		body.put("orgId", 2);
		assertThat(only(body).fingerprint()).isNotEqualTo(only(fixture("high-cpu-firing.json")).fingerprint());
	}

	@Test
	void valuesAreShownButNeverHashed() {
		ObjectNode body = fixture("high-cpu-firing.json");
		Alert before = only(body);
		assertThat(before.labels()).containsEntry("value.A", "97.3").containsEntry("value.C", "1");
		((ObjectNode) firstAlert(body).get("values")).put("A", 12.5);
		firstAlert(body).put("startsAt", "2026-03-06T00:00:00Z");
		assertThat(only(body).fingerprint()).isEqualTo(before.fingerprint());
	}

	@Test
	void missingSeverityLabelGivesTheSourceDefault() {
		ObjectNode body = fixture("high-cpu-firing.json");
		((ObjectNode) firstAlert(body).get("labels")).remove("severity");
		assertThat(adapter(Severity.LOW).parse(body, RECEIVED).get(0).severity()).isEqualTo(Severity.LOW);
	}

	@Test
	void customerFallsBackToCommonLabelsThenOrgId() {
		ObjectNode body = fixture("high-cpu-firing.json");
		((ObjectNode) firstAlert(body).get("labels")).remove("customer");
		assertThat(only(body).customerKey()).isEqualTo("ACME-001");
		((ObjectNode) body.get("commonLabels")).remove("customer");
		assertThat(only(body).customerKey()).isEqualTo("1");
	}

	@Test
	void titleWithoutASummaryIsTheAlertNameOnTheDevice() {
		ObjectNode body = fixture("high-cpu-firing.json");
		firstAlert(body).remove("annotations");
		assertThat(only(body).title()).isEqualTo("HighCPU on app02.acme.example.com");
		firstAlert(body).remove("labels");
		assertThat(only(body).title()).isEqualTo("Grafana alert");
	}

	static Stream<Arguments> invalidMessages() {
		return Stream.of(invalid("another version", (body) -> body.put("version", "2"), "version 2 is not supported"),
				invalid("no alerts", (body) -> body.remove("alerts"), "'alerts' must be a non-empty array"),
				invalid("an alert that is text", (body) -> body.putArray("alerts").add("HighCPU"),
						"each entry of 'alerts' must be an object"),
				invalid("an unknown status", (body) -> firstAlert(body).put("status", "pending"),
						"'alerts[].status' must be firing or resolved"),
				invalid("a startsAt without a zone", (body) -> firstAlert(body).put("startsAt", "2026-03-05T11:20"),
						"'startsAt' must be an ISO 8601 time"),
				invalid("an orgId that is an object", (body) -> body.putObject("orgId"), "'orgId' must be"));
	}

	@ParameterizedTest(name = "{0} -> \"{2}\"")
	@MethodSource("invalidMessages")
	void malformedMessageIsRejectedNamingTheField(String problem, Consumer<ObjectNode> breakIt, String message) {
		ObjectNode body = fixture("high-cpu-firing.json");
		breakIt.accept(body);
		assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> this.adapter.parse(body, RECEIVED))
			.withMessageContaining(message);
	}

	private static Arguments invalid(String problem, Consumer<ObjectNode> breakIt, String message) {
		return Arguments.of(problem, breakIt, message);
	}

	private Alert only(ObjectNode body) {
		List<Alert> alerts = this.adapter.parse(body, RECEIVED);
		assertThat(alerts).hasSize(1);
		return alerts.get(0);
	}

	private static ObjectNode firstAlert(ObjectNode body) {
		return (ObjectNode) body.get("alerts").get(0);
	}

	private static ObjectNode fixture(String name) {
		return (ObjectNode) Fixtures.read("grafana", name);
	}

	private static BoundAdapter adapter(Severity defaultSeverity) {
		return BoundAdapter.of(new GrafanaAdapter(), defaultSeverity);
	}

}
