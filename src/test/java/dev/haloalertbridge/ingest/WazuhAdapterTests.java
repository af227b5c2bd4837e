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
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WazuhAdapterTests {

	private static final Instant RECEIVED = Instant.parse("2026-03-19T04:31:15Z");

	private static final String RAW = "raw-alert-ssh-bruteforce-level10.json";

	private static final String SHUFFLE = "shuffle-format-ssh-bruteforce.json";

	private final BoundAdapter adapter = adapter(Severity.MEDIUM);

	@ParameterizedTest(name = "{0} is a high firing alert for ACME-001 on acme-web-01")
	@ValueSource(strings = { RAW, SHUFFLE })
	void fixtureIsItsCanonicalAlert(String fixture) {
		assertThat(this.adapter.parse(fixture(fixture), RECEIVED)).singleElement().satisfies((alert) -> {
			assertThat(alert.source()).isEqualTo("wazuh");
			assertThat(alert.customerKey()).isEqualTo("ACME-001");
			assertThat(alert.device()).isEqualTo("acme-web-01");
			assertThat(alert.severity()).isEqualTo(Severity.HIGH);
			assertThat(alert.state()).isEqualTo(AlertState.FIRING);
			assertThat(alert.title()).startsWith("sshd: brute force trying to get access to the system");
			assertThat(alert.description()).contains("Failed password for invalid user oracle");
			assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-19T04:31:12.804Z"));
			assertThat(alert.labels()).containsEntry("rule.id", "5712").containsEntry("data.srcip", "198.51.100.44");
		});
	}

	@Test
	void fingerprintIsAgentRuleAndSourceAddress() {
		assertThat(only(fixture(RAW)).fingerprint())
			.isEqualTo(Fingerprint.of("wazuh", List.of("017", "5712", "198.51.100.44")));
	}

	@Test
	void shuffleWrapperIsTheSameEventAsTheRawAlert() {
		assertThat(only(fixture(SHUFFLE)).fingerprint()).isEqualTo(only(fixture(RAW)).fingerprint());
	}

	@Test
	void fingerprintIgnoresOccurrenceIdCountsTimesAndSourcePort() {
		ObjectNode body = fixture(RAW);
		body.put("id", "1773894999.1").put("timestamp", "2026-03-20T00:00:00.000+0000");
		((ObjectNode) body.get("rule")).put("firedtimes", 9);
		((ObjectNode) body.get("data")).put("srcport", "40000");
		assertThat(only(body).fingerprint()).isEqualTo(only(fixture(RAW)).fingerprint());
	}

	@Test
	void ruleIdAsNumberOrTextIsOneFingerprint() {
		ObjectNode body = fixture(RAW);
		((ObjectNode) body.get("rule")).put("id", 5712);
		assertThat(only(body).fingerprint()).isEqualTo(only(fixture(RAW)).fingerprint());
	}

	@Test
	void agentIdKeepsItsLeadingZeros() {
		ObjectNode body = fixture(RAW);
		((ObjectNode) body.get("agent")).put("id", 17);
		assertThat(only(body).fingerprint()).isNotEqualTo(only(fixture(RAW)).fingerprint());
	}

	@Test
	void alertWithoutASourceAddressIsStillOneAlertPerAgentAndRule() {
		ObjectNode body = fixture(RAW);
		body.remove("data");
		assertThat(only(body).fingerprint()).isEqualTo(Fingerprint.of("wazuh", List.of("017", "5712", "")));
	}

	@ParameterizedTest(name = "rule.level {0} is {1}")
	@CsvSource({ "0, INFO", "2, INFO", "3, LOW", "4, LOW", "5, MEDIUM", "7, MEDIUM", "8, HIGH", "11, HIGH",
			"12, CRITICAL", "15, CRITICAL", "16, LOW", "-1, LOW", "'\"10\"', HIGH", "'\"ten\"', LOW", "null, LOW",
			"10.0, HIGH" })
	void ruleLevelGivesTheSeverity(String level, Severity expected) {
		ObjectNode body = fixture(RAW);
		((ObjectNode) body.get("rule")).set("level", Fixtures.JSON.readTree(level));
		assertThat(adapter(Severity.LOW).parse(body, RECEIVED).get(0).severity()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "shuffle severity {0} without a rule level is {1}")
	@CsvSource({ "1, LOW", "2, MEDIUM", "3, HIGH", "7, INFO" })
	void shuffleSeverityIsUsedWithoutARuleLevel(int grade, Severity expected) {
		ObjectNode body = fixture(SHUFFLE);
		body.put("severity", grade);
		((ObjectNode) body.get("all_fields").get("rule")).remove("level");
		assertThat(adapter(Severity.INFO).parse(body, RECEIVED).get(0).severity()).isEqualTo(expected);
	}

	@Test
	void customerLabelMayBeAFlatDottedKey() {
		ObjectNode body = fixture(RAW);
		((ObjectNode) body.get("agent")).putObject("labels").put("customer.id", "GLOBEX-014");
		assertThat(only(body).customerKey()).isEqualTo("GLOBEX-014");
		((ObjectNode) body.get("agent")).remove("labels");
		assertThat(only(body).customerKey()).isEmpty();
	}

	@Test
	void titleWithoutADescriptionNamesTheRuleAndAgent() {
		ObjectNode body = fixture(RAW);
		((ObjectNode) body.get("rule")).remove("description");
		assertThat(only(body).title()).isEqualTo("Wazuh rule 5712 on agent acme-web-01");
	}

	static Stream<Arguments> invalidAlerts() {
		return Stream.of(
				invalid("no agent id", (body) -> ((ObjectNode) body.get("agent")).remove("id"),
						"'agent.id' is missing"),
				invalid("no rule", (body) -> body.remove("rule"), "'rule.id' is missing"),
				invalid("an agent that is text", (body) -> body.put("agent", "017"), "'agent.id' is missing"),
				invalid("a wrapper around text", (body) -> body.put("all_fields", "alert"),
						"'all_fields' must be the Wazuh alert object"),
				invalid("a source address that is an array",
						(body) -> ((ObjectNode) body.get("data")).putArray("srcip"), "'data.srcip' must be"),
				invalid("a timestamp without a zone", (body) -> body.put("timestamp", "2026-03-19T04:31:12"),
						"'timestamp' must be an ISO 8601 time"));
	}

	@ParameterizedTest(name = "{0} -> \"{2}\"")
	@MethodSource("invalidAlerts")
	void malformedAlertIsRejectedNamingTheField(String problem, Consumer<ObjectNode> breakIt, String message) {
		ObjectNode body = fixture(RAW);
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

	private static ObjectNode fixture(String name) {
		return (ObjectNode) Fixtures.read("wazuh", name);
	}

	private static BoundAdapter adapter(Severity defaultSeverity) {
		return BoundAdapter.of(new WazuhAdapter(), defaultSeverity);
	}

}
