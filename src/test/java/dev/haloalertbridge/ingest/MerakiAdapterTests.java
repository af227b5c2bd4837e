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
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MerakiAdapterTests {

	private static final Instant RECEIVED = Instant.parse("2026-03-14T02:18:00Z");

	private final BoundAdapter adapter = BoundAdapter.of(new MerakiAdapter(), Severity.MEDIUM);

	static Stream<Arguments> canonicalAlerts() {
		return Stream.of(
				canonical("power-supply-down-critical.json", "549236", "Q2QN-7ZK4-PD81", Severity.CRITICAL,
						List.of("549236", "L_646829496481105433", "Q2QN-7ZK4-PD81", "power_supply_down")),
				canonical("uplink-failover-warning.json", "881044", "Q2KY-3MNB-7TRE", Severity.MEDIUM,
						List.of("881044", "L_778899001122334455", "Q2KY-3MNB-7TRE", "failover_event")),
				canonical("mt-sensor-temperature-started.json", "549236", "Q3CA-8PLM-2WQZ", Severity.MEDIUM, List
					.of("549236", "L_646829496481105433", "Q3CA-8PLM-2WQZ", "sensor_alert", "646829496481200012")));
	}

	@ParameterizedTest(name = "{0}: customer {1}, device {2}, {3}")
	@MethodSource("canonicalAlerts")
	void fixtureIsItsCanonicalFiringAlert(String fixture, String customer, String device, Severity severity,
			List<String> ingredients) {
		Alert alert = this.adapter.parse(fixture(fixture), RECEIVED).get(0);
		assertThat(alert.source()).isEqualTo("meraki");
		assertThat(alert.customerKey()).isEqualTo(customer);
		assertThat(alert.device()).isEqualTo(device);
		assertThat(alert.severity()).isEqualTo(severity);
		assertThat(alert.state()).isEqualTo(AlertState.FIRING);
		assertThat(alert.fingerprint()).isEqualTo(Fingerprint.of("meraki", ingredients));
		assertThat(alert.title()).isNotBlank();
	}

	@Test
	void powerSupplyAlertReadsTitleTimeAndLabels() {
		Alert alert = this.adapter.parse(fixture("power-supply-down-critical.json"), RECEIVED).get(0);
		assertThat(alert.title()).isEqualTo("Power supply went down on ACME-MS-CORE-01");
		assertThat(alert.description()).isEqualTo("Meraki network Acme Dental - Main Street (Acme Dental Group)");
		assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-10T07:42:11.304Z"));
		assertThat(alert.labels()).containsEntry("deviceModel", "MS225-48FP")
			.containsEntry("organizationName", "Acme Dental Group");
	}

	@Test
	void cameUpResolvesWhatWentDown() {
		Alert down = this.adapter.parse(fixture("power-supply-down-critical.json"), RECEIVED).get(0);
		ObjectNode body = fixture("power-supply-down-critical.json");
		body.put("alertTypeId", "power_supply_up").put("alertType", "Power supply came up");
		Alert up = this.adapter.parse(body, RECEIVED).get(0);
		assertThat(up.state()).isEqualTo(AlertState.RESOLVED);
		assertThat(up.fingerprint()).isEqualTo(down.fingerprint());
	}

	@Test
	void cameUpTextWithoutATypeIdResolvesWentDownWhateverItsCasing() {
		ObjectNode down = fixture("power-supply-down-critical.json");
		down.remove("alertTypeId");
		ObjectNode up = fixture("power-supply-down-critical.json");
		up.remove("alertTypeId");
		up.put("alertType", "power supply  Came Up");
		Alert downAlert = this.adapter.parse(down, RECEIVED).get(0);
		Alert upAlert = this.adapter.parse(up, RECEIVED).get(0);
		assertThat(downAlert.state()).isEqualTo(AlertState.FIRING);
		assertThat(upAlert.state()).isEqualTo(AlertState.RESOLVED);
		assertThat(upAlert.fingerprint()).isEqualTo(downAlert.fingerprint());
	}

	@Test
	void sensorThatStoppedAlertingResolvesTheSensorAlert() {
		Alert started = this.adapter.parse(fixture("mt-sensor-temperature-started.json"), RECEIVED).get(0);
		ObjectNode body = fixture("mt-sensor-temperature-started.json");
		((ObjectNode) body.get("alertData")).put("startedAlerting", false);
		Alert stopped = this.adapter.parse(body, RECEIVED).get(0);
		assertThat(stopped.state()).isEqualTo(AlertState.RESOLVED);
		assertThat(stopped.fingerprint()).isEqualTo(started.fingerprint());
	}

	@Test
	void anotherSensorProfileIsAnotherAlert() {
		Alert first = this.adapter.parse(fixture("mt-sensor-temperature-started.json"), RECEIVED).get(0);
		ObjectNode body = fixture("mt-sensor-temperature-started.json");
		((ObjectNode) body.get("alertData")).put("alertConfigId", 646829496481200013L);
		assertThat(this.adapter.parse(body, RECEIVED).get(0).fingerprint()).isNotEqualTo(first.fingerprint());
	}

	@Test
	void numbersSentAsStringsGiveTheSameFingerprint() {
		ObjectNode numbers = fixture("mt-sensor-temperature-started.json");
		numbers.put("organizationId", 549236);
		ObjectNode strings = fixture("mt-sensor-temperature-started.json");
		((ObjectNode) strings.get("alertData")).put("alertConfigId", "646829496481200012");
		ObjectNode fractional = fixture("mt-sensor-temperature-started.json");
		fractional.put("organizationId", 549236.0);
		Fingerprint expected = this.adapter.parse(fixture("mt-sensor-temperature-started.json"), RECEIVED)
			.get(0)
			.fingerprint();
		assertThat(List.of(numbers, strings, fractional)).allSatisfy(
				(body) -> assertThat(this.adapter.parse(body, RECEIVED).get(0).fingerprint()).isEqualTo(expected));
		assertThat(this.adapter.parse(numbers, RECEIVED).get(0).customerKey()).isEqualTo("549236");
	}

	@Test
	void fingerprintIgnoresPerMessageFields() {
		ObjectNode body = fixture("power-supply-down-critical.json");
		Fingerprint before = this.adapter.parse(body, RECEIVED).get(0).fingerprint();
		body.put("alertId", "").put("sentAt", "2026-03-11T00:00:00Z").put("occurredAt", "2026-03-11T00:00:00Z");
		body.put("sharedSecret", "rotated");
		assertThat(this.adapter.parse(body, RECEIVED).get(0).fingerprint()).isEqualTo(before);
	}

	@Test
	void networkWideAlertHasNoDeviceAndIsKeyedByNetwork() {
		ObjectNode body = fixture("uplink-failover-warning.json");
		body.remove(List.of("deviceSerial", "deviceName"));
		Alert alert = this.adapter.parse(body, RECEIVED).get(0);
		assertThat(alert.device()).isEmpty();
		assertThat(alert.title()).isEqualTo("Uplink status changed on Globex - Warehouse 2");
		assertThat(alert.fingerprint()).isEqualTo(
				Fingerprint.of("meraki", List.of("881044", "L_778899001122334455", "network", "failover_event")));
	}

	@Test
	void customerFallsBackToTheNetwork() {
		ObjectNode body = fixture("uplink-failover-warning.json");
		body.remove("organizationId");
		assertThat(this.adapter.parse(body, RECEIVED).get(0).customerKey()).isEqualTo("L_778899001122334455");
	}

	@Test
	void unknownOrMissingLevelGivesTheSourceDefault() {
		ObjectNode body = fixture("power-supply-down-critical.json");
		body.remove("alertLevel");
		assertThat(BoundAdapter.of(new MerakiAdapter(), Severity.LOW).parse(body, RECEIVED).get(0).severity())
			.isEqualTo(Severity.LOW);
		body.put("alertLevel", "informational");
		assertThat(this.adapter.parse(body, RECEIVED).get(0).severity()).isEqualTo(Severity.INFO);
	}

	@Test
	void sharedSecretAndOrganizationAreReadForAuthentication() {
		ObjectNode body = fixture("uplink-failover-warning.json");
		assertThat(MerakiAdapter.sharedSecret(body)).contains("s3cr3t-globex-meraki");
		assertThat(MerakiAdapter.organization(body)).isEqualTo("881044");
		body.put("sharedSecret", "");
		assertThat(MerakiAdapter.sharedSecret(body)).isEmpty();
		body.remove("sharedSecret");
		assertThat(MerakiAdapter.sharedSecret(body)).isEmpty();
		assertThat(MerakiAdapter.sharedSecret(VendorFixtures.JSON.readTree("[]"))).isEmpty();
	}

	@Test
	void sharedSecretNeverReachesTheAlert() {
		ObjectNode body = fixture("power-supply-down-critical.json");
		body.put("alertType", "s3cr3t-acme-meraki").put("deviceName", "s3cr3t-acme-meraki");
		body.put("sharedSecret", "another-secret");
		Alert alert = this.adapter.parse(body, RECEIVED).get(0);
		assertThat(alert.toString()).doesNotContain("another-secret");
	}

	static Stream<Arguments> invalidPayloads() {
		return Stream.of(
				invalid("no organization or network", (body) -> body.remove(List.of("organizationId", "networkId")),
						"'organizationId' is required"),
				invalid("no alert type", (body) -> body.remove(List.of("alertTypeId", "alertType")),
						"'alertTypeId' is required"),
				invalid("an organization that is an object", (body) -> body.putObject("organizationId"),
						"'organizationId' must be a string"),
				invalid("alert data that is text", (body) -> body.put("alertData", "hot"),
						"'alertData' must be an object"),
				invalid("an occurredAt that is no time", (body) -> body.put("occurredAt", "yesterday"),
						"'occurredAt' must be an RFC 3339 time"));
	}

	@ParameterizedTest(name = "{0} -> \"{2}\"")
	@MethodSource("invalidPayloads")
	void malformedBodyIsRejectedNamingTheFieldButNotTheSecret(String problem, Consumer<ObjectNode> breakIt,
			String message) {
		ObjectNode body = fixture("power-supply-down-critical.json");
		breakIt.accept(body);
		assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> this.adapter.parse(body, RECEIVED))
			.withMessageContaining(message)
			.withMessageNotContaining("s3cr3t");
	}

	@Test
	void bodyThatIsNotAnObjectIsRejected() {
		assertThatExceptionOfType(InvalidPayloadException.class)
			.isThrownBy(() -> this.adapter.parse(VendorFixtures.JSON.readTree("[]"), RECEIVED))
			.withMessageContaining("JSON object");
	}

	private static Arguments canonical(String fixture, String customer, String device, Severity severity,
			List<String> ingredients) {
		return Arguments.of(fixture, customer, device, severity, ingredients);
	}

	private static Arguments invalid(String problem, Consumer<ObjectNode> breakIt, String message) {
		return Arguments.of(problem, breakIt, message);
	}

	private static ObjectNode fixture(String name) {
		return VendorFixtures.read("meraki/" + name);
	}

}
