package dev.haloalertbridge.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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

class CrowdSecAdapterTests {

	private static final Instant RECEIVED = Instant.parse("2026-03-20T01:02:05Z");

	private final BoundAdapter adapter = adapter(Severity.MEDIUM);

	@Test
	void sshBruteForceWithABanIsOneHighFiringAlertForTheMachine() {
		assertThat(this.adapter.parse(fixture(), RECEIVED)).singleElement().satisfies((alert) -> {
			assertThat(alert.source()).isEqualTo("crowdsec");
			assertThat(alert.customerKey()).isEqualTo("acme-web-01-2f9c1b7e");
			assertThat(alert.device()).isEqualTo("acme-web-01");
			assertThat(alert.severity()).isEqualTo(Severity.HIGH);
			assertThat(alert.state()).isEqualTo(AlertState.FIRING);
			assertThat(alert.title()).isEqualTo("crowdsecurity/ssh-bf from 198.51.100.44");
			assertThat(alert.description()).startsWith("Ip 198.51.100.44 performed 'crowdsecurity/ssh-bf'");
			assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-20T01:02:00.488Z"));
			assertThat(alert.labels()).containsEntry("source.cn", "NL");
		});
	}

	@Test
	void fingerprintIsMachineScenarioAndAttacker() {
		assertThat(first(fixture()).fingerprint()).isEqualTo(
				Fingerprint.of("crowdsec", List.of("acme-web-01-2f9c1b7e", "crowdsecurity/ssh-bf", "198.51.100.44")));
	}

	@Test
	void fingerprintIgnoresCountsTimesAndDecisionIds() {
		ArrayNode body = fixture();
		alert(body).put("id", 48999).put("events_count", 60).put("created_at", "2026-03-21T00:00:00Z");
		alert(body).put("start_at", "2026-03-21T00:00:00Z");
		((ObjectNode) alert(body).get("decisions").get(0)).put("id", 99999);
		assertThat(first(body).fingerprint()).isEqualTo(first(fixture()).fingerprint());
	}

	@Test
	void everyArrayEntryIsAnAlert() {
		ArrayNode body = fixture();
		body.add(alert(fixture()).deepCopy().put("scenario", "crowdsecurity/http-probing"));
		List<Alert> alerts = this.adapter.parse(body, RECEIVED);
		assertThat(alerts).extracting(Alert::title)
			.containsExactly("crowdsecurity/ssh-bf from 198.51.100.44",
					"crowdsecurity/http-probing from 198.51.100.44");
		assertThat(alerts.get(0).fingerprint()).isNotEqualTo(alerts.get(1).fingerprint());
	}

	@Test
	void customerOptionReplacesTheMachineAsCustomerKey() {
		SourceSettings settings = new SourceSettings("crowdsec-acme", "crowdsec", Severity.MEDIUM,
				Map.of("customer", "ACME-001"));
		Alert alert = new CrowdSecAdapter().parse(settings, fixture(), RECEIVED).get(0);
		assertThat(alert.customerKey()).isEqualTo("ACME-001");
		assertThat(alert.source()).isEqualTo("crowdsec-acme");
		assertThat(alert.fingerprint().value()).startsWith("crowdsec-acme:");
	}

	@ParameterizedTest(name = "simulated={0} remediation={1} decision={2} is {3}")
	@CsvSource({ "false, true, ban, HIGH", "false, true, captcha, MEDIUM", "false, false, ban, MEDIUM",
			"true, true, ban, LOW" })
	void severityFollowsTheRemediation(boolean simulated, boolean remediation, String decision, Severity expected) {
		ArrayNode body = fixture();
		alert(body).put("simulated", simulated).put("remediation", remediation);
		((ObjectNode) alert(body).get("decisions").get(0)).put("type", decision);
		assertThat(first(body).severity()).isEqualTo(expected);
	}

	@Test
	void simulatedAlertIsLowWhateverTheDefault() {
		ArrayNode body = fixture();
		alert(body).put("simulated", true);
		assertThat(adapter(Severity.CRITICAL).parse(body, RECEIVED).get(0).severity()).isEqualTo(Severity.LOW);
	}

	@Test
	void autonomousSystemNumberAsTextOrNumberIsOneFingerprint() {
		ArrayNode asText = fixture();
		((ObjectNode) alert(asText).get("source")).put("scope", "AS").put("value", "64500");
		ArrayNode asNumber = fixture();
		((ObjectNode) alert(asNumber).get("source")).put("scope", "AS").put("value", 64500);
		assertThat(first(asNumber).fingerprint()).isEqualTo(first(asText).fingerprint());
	}

	@Test
	void singleObjectIsOneAlert() {
		assertThat(this.adapter.parse(alert(fixture()), RECEIVED)).hasSize(1);
	}

	static Stream<Arguments> invalidNotifications() {
		return Stream.of(
				invalid("no machine_id", (body) -> alert(body).remove("machine_id"), "'machine_id' is missing"),
				invalid("no scenario", (body) -> alert(body).putNull("scenario"), "'scenario' is missing"),
				invalid("no source value", (body) -> ((ObjectNode) alert(body).get("source")).remove("value"),
						"'source.value' is missing"),
				invalid("a scenario that is an object", (body) -> alert(body).putObject("scenario"),
						"'scenario' must be"),
				invalid("an entry that is not an object", (body) -> body.add(7), "must be an alert object"),
				invalid("an empty array", ArrayNode::removeAll, "non-empty JSON array"));
	}

	@ParameterizedTest(name = "{0} -> \"{2}\"")
	@MethodSource("invalidNotifications")
	void malformedNotificationIsRejectedNamingTheField(String problem, Consumer<ArrayNode> breakIt, String message) {
		ArrayNode body = fixture();
		breakIt.accept(body);
		assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> this.adapter.parse(body, RECEIVED))
			.withMessageContaining(message);
	}

	private static Arguments invalid(String problem, Consumer<ArrayNode> breakIt, String message) {
		return Arguments.of(problem, breakIt, message);
	}

	private Alert first(ArrayNode body) {
		return this.adapter.parse(body, RECEIVED).get(0);
	}

	private static ObjectNode alert(ArrayNode body) {
		return (ObjectNode) body.get(0);
	}

	private static ArrayNode fixture() {
		return (ArrayNode) Fixtures.read("crowdsec", "ssh-bruteforce-ban.json");
	}

	private static BoundAdapter adapter(Severity defaultSeverity) {
		return BoundAdapter.of(new CrowdSecAdapter(), defaultSeverity);
	}

}
