package dev.haloalertbridge.ingest;

import java.io.IOException;
import java.io.InputStream;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AlertmanagerAdapterTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant RECEIVED = Instant.parse("2026-03-02T09:20:00Z");

	private final BoundAdapter adapter = adapter(Severity.MEDIUM);

	@Test
	void firingFixtureIsOneFiringCriticalAlert() {
		List<Alert> alerts = this.adapter.parse(fixture("host-down-firing.json"), RECEIVED);
		assertThat(alerts).hasSize(1);
		Alert alert = alerts.get(0);
		assertThat(alert.source()).isEqualTo("alertmanager");
		assertThat(alert.state()).isEqualTo(AlertState.FIRING);
		assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
		assertThat(alert.customerKey()).isEqualTo("ACME-001");
		assertThat(alert.device()).isEqualTo("fs01.acme.example.com:9100");
		assertThat(alert.title()).isEqualTo("fs01.acme.example.com is unreachable");
		assertThat(alert.description()).startsWith("node_exporter target fs01.acme.example.com:9100 has been down");
		assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-02T09:14:07.512345678Z"));
		assertThat(alert.receivedAt()).isEqualTo(RECEIVED);
		assertThat(alert.labels()).containsEntry("alertname", "HostDown").containsEntry("site", "hq");
	}

	@Test
	void fingerprintIsAlertmanagersOwnNamespacedByExternalUrl() {
		Alert alert = this.adapter.parse(fixture("host-down-firing.json"), RECEIVED).get(0);
		assertThat(alert.fingerprint()).isEqualTo(Fingerprint.of("alertmanager",
				List.of("http://alertmanager.msp.example.com:9093", "3f1a9c0d7e2b4c61")));
	}

	@Test
	void resolvedFixtureIsTheSameAlertResolved() {
		Alert firing = this.adapter.parse(fixture("host-down-firing.json"), RECEIVED).get(0);
		List<Alert> resolved = this.adapter.parse(fixture("host-down-resolved.json"), RECEIVED.plusSeconds(1800));
		assertThat(resolved).singleElement().satisfies((alert) -> {
			assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
			assertThat(alert.fingerprint()).isEqualTo(firing.fingerprint());
			assertThat(alert.customerKey()).isEqualTo("ACME-001");
		});
	}

	@Test
	void groupFixtureIsTwoFiringAlertsDespiteTheirEndsAt() {
		List<Alert> alerts = this.adapter.parse(fixture("disk-space-group-two-alerts.json"), RECEIVED);
		assertThat(alerts).hasSize(2);
		assertThat(alerts).allSatisfy((alert) -> {
			assertThat(alert.state()).isEqualTo(AlertState.FIRING);
			assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
			assertThat(alert.customerKey()).isEqualTo("GLOBEX-014");
		});
		assertThat(alerts).extracting(Alert::device)
			.containsExactly("web01.globex.example.net:9100", "db01.globex.example.net:9100");
		assertThat(alerts.get(0).fingerprint()).isNotEqualTo(alerts.get(1).fingerprint());
	}

	@Test
	void fingerprintIgnoresStartsAt() {
		ObjectNode body = fixture("host-down-firing.json");
		Fingerprint before = this.adapter.parse(body, RECEIVED).get(0).fingerprint();
		firstAlert(body).put("startsAt", "2026-03-05T00:00:00Z");
		Alert after = this.adapter.parse(body, RECEIVED).get(0);
		assertThat(after.startsAt()).isEqualTo(Instant.parse("2026-03-05T00:00:00Z"));
		assertThat(after.fingerprint()).isEqualTo(before);
	}

	@Test
	void fingerprintDependsOnExternalUrl() {
		ObjectNode body = fixture("host-down-firing.json");
		Fingerprint before = this.adapter.parse(body, RECEIVED).get(0).fingerprint();
		body.put("externalURL", "http://alertmanager-2.msp.example.com:9093");
		assertThat(this.adapter.parse(body, RECEIVED).get(0).fingerprint()).isNotEqualTo(before);
	}

	@Test
	void withoutAFingerprintTheLabelSetIsHashedWhateverItsOrder() {
		ObjectNode ordered = withoutFingerprint(
				"{\"alertname\":\"HostDown\",\"customer\":\"ACME-001\",\"job\":\"node\"}");
		ObjectNode shuffled = withoutFingerprint(
				"{\"job\":\"node\",\"alertname\":\"HostDown\",\"customer\":\"ACME-001\"}");
		ObjectNode other = withoutFingerprint(
				"{\"alertname\":\"HostDown\",\"customer\":\"ACME-001\",\"job\":\"snmp\"}");
		Fingerprint fingerprint = this.adapter.parse(ordered, RECEIVED).get(0).fingerprint();
		assertThat(this.adapter.parse(shuffled, RECEIVED).get(0).fingerprint()).isEqualTo(fingerprint);
		assertThat(this.adapter.parse(other, RECEIVED).get(0).fingerprint()).isNotEqualTo(fingerprint);
		assertThat(fingerprint)
			.isNotEqualTo(this.adapter.parse(fixture("host-down-firing.json"), RECEIVED).get(0).fingerprint());
	}

	@Test
	void labelSetHashKeepsLabelBoundaries() {
		ObjectNode joined = withoutFingerprint("{\"alertname\":\"HostDown\",\"job\":\"node, site=hq\"}");
		ObjectNode split = withoutFingerprint("{\"alertname\":\"HostDown\",\"job\":\"node\",\"site\":\"hq\"}");
		assertThat(this.adapter.parse(joined, RECEIVED).get(0).fingerprint())
			.isNotEqualTo(this.adapter.parse(split, RECEIVED).get(0).fingerprint());
	}

	@Test
	void missingSeverityLabelGivesTheConfiguredDefault() {
		ObjectNode body = fixture("host-down-firing.json");
		((ObjectNode) firstAlert(body).get("labels")).remove("severity");
		assertThat(adapter(Severity.LOW).parse(body, RECEIVED).get(0).severity()).isEqualTo(Severity.LOW);
		assertThat(adapter(Severity.HIGH).parse(body, RECEIVED).get(0).severity()).isEqualTo(Severity.HIGH);
	}

	@Test
	void unknownSeverityWordGivesTheConfiguredDefault() {
		ObjectNode body = fixture("host-down-firing.json");
		((ObjectNode) firstAlert(body).get("labels")).put("severity", "page-someone");
		assertThat(adapter(Severity.LOW).parse(body, RECEIVED).get(0).severity()).isEqualTo(Severity.LOW);
	}

	@Test
	void customerFallsBackToTheCommonLabels() {
		ObjectNode body = fixture("host-down-firing.json");
		((ObjectNode) firstAlert(body).get("labels")).remove("customer");
		assertThat(this.adapter.parse(body, RECEIVED).get(0).customerKey()).isEqualTo("ACME-001");
	}

	@Test
	void titleWithoutASummaryIsTheAlertNameOnTheDevice() {
		ObjectNode body = fixture("host-down-firing.json");
		firstAlert(body).remove("annotations");
		Alert alert = this.adapter.parse(body, RECEIVED).get(0);
		assertThat(alert.title()).isEqualTo("HostDown on fs01.acme.example.com:9100");
		assertThat(alert.description()).isEmpty();
	}

	@Test
	void missingStartsAtIsTheReceivedTime() {
		ObjectNode body = fixture("host-down-firing.json");
		firstAlert(body).remove("startsAt");
		assertThat(this.adapter.parse(body, RECEIVED).get(0).startsAt()).isEqualTo(RECEIVED);
	}

	@Test
	void messageWithoutAVersionIsRead() {
		ObjectNode body = fixture("host-down-firing.json");
		body.remove("version");
		assertThat(this.adapter.parse(body, RECEIVED)).hasSize(1);
	}

	static Stream<Arguments> invalidPayloads() {
		return Stream.of(
				invalid("an unknown version", (body) -> body.put("version", "3"), "version 3 is not supported"),
				invalid("no alerts", (body) -> body.remove("alerts"), "'alerts' must be a non-empty array"),
				invalid("empty alerts", (body) -> body.putArray("alerts"), "'alerts' must be a non-empty array"),
				invalid("alerts not an array", (body) -> body.put("alerts", "many"),
						"'alerts' must be a non-empty array"),
				invalid("an alert that is not an object", (body) -> body.putArray("alerts").add("HostDown"),
						"each entry of 'alerts' must be an object"),
				invalid("a bad status", (body) -> firstAlert(body).put("status", "pending"),
						"alert status must be firing or resolved, not pending"),
				invalid("a non-RFC 3339 startsAt", (body) -> firstAlert(body).put("startsAt", "02/03/2026 09:14"),
						"'startsAt' must be an RFC 3339 time, not '02/03/2026 09:14'"),
				invalid("labels that are not an object", (body) -> firstAlert(body).put("labels", "HostDown"),
						"'labels' must be an object of strings"));
	}

	@ParameterizedTest(name = "{0} -> \"{2}\"")
	@MethodSource("invalidPayloads")
	void malformedMessageIsRejectedNamingTheProblem(String problem, Consumer<ObjectNode> breakIt, String message) {
		ObjectNode body = fixture("host-down-firing.json");
		breakIt.accept(body);
		assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> this.adapter.parse(body, RECEIVED))
			.withMessageContaining(message);
	}

	@Test
	void bodyThatIsNotAnObjectIsRejected() {
		assertThatExceptionOfType(InvalidPayloadException.class)
			.isThrownBy(() -> this.adapter.parse(JSON.readTree("[{}]"), RECEIVED))
			.withMessageContaining("JSON object");
	}

	private static Arguments invalid(String problem, Consumer<ObjectNode> breakIt, String message) {
		return Arguments.of(problem, breakIt, message);
	}

	private static ObjectNode withoutFingerprint(String labels) {
		ObjectNode body = fixture("host-down-firing.json");
		ObjectNode alert = firstAlert(body);
		alert.remove("fingerprint");
		alert.set("labels", JSON.readTree(labels));
		return body;
	}

	private static ObjectNode firstAlert(ObjectNode body) {
		return (ObjectNode) body.get("alerts").get(0);
	}

	private static ObjectNode fixture(String name) {
		try (InputStream in = AlertmanagerAdapterTests.class.getResourceAsStream("/fixtures/alertmanager/" + name)) {
			assertThat(in).as(name).isNotNull();
			JsonNode body = JSON.readTree(in);
			return (ObjectNode) body;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static BoundAdapter adapter(Severity defaultSeverity) {
		return BoundAdapter.of(new AlertmanagerAdapter(), defaultSeverity);
	}

}
