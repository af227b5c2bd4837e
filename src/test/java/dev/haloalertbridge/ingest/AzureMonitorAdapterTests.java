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
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AzureMonitorAdapterTests {

	private static final Instant RECEIVED = Instant.parse("2026-03-21T14:00:00Z");

	private static final String ALERT_ID = "/subscriptions/00000000-1111-2222-3333-444444444444/providers/Microsoft.AlertsManagement/alerts/aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e";

	private static final String SUBSCRIPTION = "00000000-1111-2222-3333-444444444444";

	private final BoundAdapter adapter = adapter(Severity.MEDIUM);

	@Test
	void firedMetricAlertIsOneHighFiringAlertForTheCustomProperty() {
		Alert alert = only(fixture());
		assertThat(alert.source()).isEqualTo("azure-monitor");
		assertThat(alert.customerKey()).isEqualTo("ACME-001");
		assertThat(alert.device()).isEqualTo("acme-sql01");
		assertThat(alert.severity()).isEqualTo(Severity.HIGH);
		assertThat(alert.state()).isEqualTo(AlertState.FIRING);
		assertThat(alert.title()).isEqualTo("acme-sql01-cpu-high");
		assertThat(alert.description()).isEqualTo("CPU above 90% for 15 minutes");
		assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-21T13:58:24.3713213Z"));
		assertThat(alert.labels()).containsEntry("signalType", "Metric");
	}

	@Test
	void fingerprintIsTheAlertIdAlone() {
		assertThat(only(fixture()).fingerprint()).isEqualTo(Fingerprint.of("azure-monitor", List.of(ALERT_ID)));
	}

	@Test
	void resolvedIsTheSameAlertResolved() {
		ObjectNode body = fixture();
		essentials(body).put("monitorCondition", "Resolved");
		essentials(body).put("resolvedDateTime", "2026-03-21T14:28:24Z");
		Alert resolved = only(body);
		assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
		assertThat(resolved.fingerprint()).isEqualTo(only(fixture()).fingerprint());
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "Sev0, CRITICAL", "Sev1, HIGH", "Sev2, MEDIUM", "Sev3, LOW", "Sev4, INFO", "sev2, MEDIUM", "'', LOW",
			"Sev9, LOW" })
	void severityLevelGivesTheSeverity(String level, Severity expected) {
		ObjectNode body = fixture();
		essentials(body).put("severity", level);
		assertThat(adapter(Severity.LOW).parse(body, RECEIVED).get(0).severity()).isEqualTo(expected);
	}

	@Test
	void withoutTheCustomPropertyTheCustomerIsTheTargetsSubscription() {
		ObjectNode body = fixture();
		((ObjectNode) body.get("data")).putNull("customProperties");
		assertThat(only(body).customerKey()).isEqualTo(SUBSCRIPTION);
		((ObjectNode) body.get("data")).remove("customProperties");
		essentials(body).remove("alertTargetIDs");
		assertThat(only(body).customerKey()).isEqualTo(SUBSCRIPTION);
	}

	@Test
	void withoutATargetTheDeviceIsTheConfigurationItem() {
		ObjectNode body = fixture();
		essentials(body).putArray("alertTargetIDs");
		assertThat(only(body).device()).isEqualTo("acme-sql01");
	}

	@Test
	void titleWithoutARuleIsTheDescriptionOrAFixedText() {
		ObjectNode body = fixture();
		essentials(body).remove("alertRule");
		assertThat(only(body).title()).isEqualTo("CPU above 90% for 15 minutes");
		essentials(body).put("description", " ");
		assertThat(only(body).title()).isEqualTo("Azure Monitor alert");
	}

	static Stream<Arguments> invalidAlerts() {
		return Stream.of(
				invalid("no alertId", (body) -> essentials(body).remove("alertId"),
						"'data.essentials.alertId' is missing"),
				invalid("a blank alertId", (body) -> essentials(body).put("alertId", " "),
						"'data.essentials.alertId' is missing"),
				invalid("no essentials", (body) -> ((ObjectNode) body.get("data")).remove("essentials"),
						"'data.essentials' is missing"),
				invalid("another schema", (body) -> body.put("schemaId", "Microsoft.Insights/activityLogs"),
						"'schemaId' must be azureMonitorCommonAlertSchema"),
				invalid("an unknown condition", (body) -> essentials(body).put("monitorCondition", "Muted"),
						"'data.essentials.monitorCondition' must be Fired or Resolved"),
				invalid("a target list of objects", (body) -> essentials(body).putArray("alertTargetIDs").addObject(),
						"'data.essentials.alertTargetIDs[0]' must be"),
				invalid("a bad fired time", (body) -> essentials(body).put("firedDateTime", "yesterday"),
						"'data.essentials.firedDateTime' must be an ISO 8601 time"));
	}

	@ParameterizedTest(name = "{0} -> \"{2}\"")
	@MethodSource("invalidAlerts")
	void malformedAlertIsRejectedNamingTheField(String problem, Consumer<ObjectNode> breakIt, String message) {
		ObjectNode body = fixture();
		breakIt.accept(body);
		assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> this.adapter.parse(body, RECEIVED))
			.withMessageContaining(message);
	}

	@Test
	void bodyThatIsNotAnObjectIsRejected() {
		assertThatExceptionOfType(InvalidPayloadException.class)
			.isThrownBy(() -> this.adapter.parse(Fixtures.JSON.readTree("[]"), RECEIVED))
			.withMessageContaining("JSON object");
	}

	private static Arguments invalid(String problem, Consumer<ObjectNode> breakIt, String message) {
		return Arguments.of(problem, breakIt, message);
	}

	private Alert only(ObjectNode body) {
		List<Alert> alerts = this.adapter.parse(body, RECEIVED);
		assertThat(alerts).hasSize(1);
		return alerts.get(0);
	}

	private static ObjectNode essentials(ObjectNode body) {
		return (ObjectNode) body.get("data").get("essentials");
	}

	private static ObjectNode fixture() {
		return (ObjectNode) Fixtures.read("azure-monitor", "metric-alert-fired-sev1.json");
	}

	private static BoundAdapter adapter(Severity defaultSeverity) {
		return BoundAdapter.of(new AzureMonitorAdapter(), defaultSeverity);
	}

}
