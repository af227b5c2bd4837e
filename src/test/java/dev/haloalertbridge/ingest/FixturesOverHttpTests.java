package dev.haloalertbridge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.dedupe.Ledger;
import dev.haloalertbridge.dedupe.LedgerEntry;
import dev.haloalertbridge.testsupport.BridgeTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every vendor sample, posted over a real socket to its source's webhook with the
 * source's credentials, becomes the canonical alert the samples' index gives: customer
 * key, device, severity and state, read back from the ledger. Samples the index calls one
 * event share a fingerprint. Alertmanager's samples go to a source of their own, so their
 * fingerprints do not meet the other end-to-end tests' in the shared context. (The two
 * SonicWall syslog samples wrapped by a relay are syslog lines; the syslog listener tests
 * send those lines over UDP and TCP.)
 */
@BridgeTest
// A context of their own: these tests leave repeats owed as coalesced notes, which would
// fall due, and reach the shared WireMock Halo, when ticketing tests move their clock.
@TestPropertySource(
		properties = { "bridge.dedupe.coalesce-interval=15m", "bridge.admin.token=" + FixturesOverHttpTests.ADMIN })
class FixturesOverHttpTests {

	static final String ADMIN = "fixtures-admin-token";

	private static final String VENDOR_TOKEN = "Bearer vendor-token";

	@Autowired
	private WebTestClient web;

	@Autowired
	private Ledger ledger;

	static Stream<Arguments> samples() {
		return Stream.of(
				sample("am-samples", "host-down-firing.json", "ACME-001", "fs01.acme.example.com:9100",
						Severity.CRITICAL, AlertState.FIRING),
				sample("am-samples", "host-down-resolved.json", "ACME-001", "fs01.acme.example.com:9100",
						Severity.CRITICAL, AlertState.RESOLVED),
				sample("am-samples", "disk-space-group-two-alerts.json", "GLOBEX-014", null, Severity.MEDIUM,
						AlertState.FIRING),
				sample("meraki-msp", "uplink-failover-warning.json", "881044", "Q2KY-3MNB-7TRE", Severity.MEDIUM,
						AlertState.FIRING),
				sample("grafana", "high-cpu-firing.json", "ACME-001", "app02.acme.example.com", Severity.HIGH,
						AlertState.FIRING),
				sample("grafana", "high-cpu-resolved.json", "ACME-001", "app02.acme.example.com", Severity.HIGH,
						AlertState.RESOLVED),
				sample("meraki", "power-supply-down-critical.json", "549236", "Q2QN-7ZK4-PD81", Severity.CRITICAL,
						AlertState.FIRING),
				sample("meraki", "mt-sensor-temperature-started.json", "549236", "Q3CA-8PLM-2WQZ", Severity.MEDIUM,
						AlertState.FIRING),
				sample("sonicwall-capture-client", "capture-client-threat-not-mitigated.json", "cc-tenant-5f2e9a71",
						"ACME-RECEPT-01", Severity.CRITICAL, AlertState.FIRING),
				sample("fortigate", "ips-attack-critical.json", "ACME-001", "FGT60FTK2309A1B2", Severity.CRITICAL,
						AlertState.FIRING),
				sample("fortigate", "ipsec-tunnel-down.json", "GLOBEX-014", "FGT40FTK2201C3D4", Severity.LOW,
						AlertState.FIRING),
				sample("paloalto", "threat-vulnerability-critical.json", "ACME-001", "013201007777", Severity.CRITICAL,
						AlertState.FIRING),
				sample("paloalto", "system-auth-fail-medium.json", "GLOBEX-014", "013101005555", Severity.MEDIUM,
						AlertState.FIRING),
				sample("wazuh", "raw-alert-ssh-bruteforce-level10.json", "ACME-001", "acme-web-01", Severity.HIGH,
						AlertState.FIRING),
				sample("wazuh", "shuffle-format-ssh-bruteforce.json", "ACME-001", "acme-web-01", Severity.HIGH,
						AlertState.FIRING),
				sample("crowdsec", "ssh-bruteforce-ban.json", "acme-web-01-2f9c1b7e", "acme-web-01", Severity.HIGH,
						AlertState.FIRING),
				sample("azure-monitor", "metric-alert-fired-sev1.json", "ACME-001", "acme-sql01", Severity.HIGH,
						AlertState.FIRING),
				sample("sophos", "siem-alert-core-clean-failed-high.json", null, null, Severity.HIGH,
						AlertState.FIRING),
				sample("sophos", "common-api-alert-cleanup-failed-medium.json", null, null, Severity.MEDIUM,
						AlertState.FIRING));
	}

	@ParameterizedTest(name = "{0}/{1}: {2} on {3}, {4}, {5}")
	@MethodSource("samples")
	void sampleOverHttpIsItsCanonicalAlert(String vendor, String file, String customer, String device,
			Severity severity, AlertState state) throws Exception {
		Fingerprint fingerprint = post(vendor, file);
		// The ledger keeps what decides the next step; a settled entry drops the text.
		Alert alert = this.ledger.find(fingerprint).map(LedgerEntry::latest).orElseThrow();
		assertThat(alert.source()).isEqualTo(vendor);
		assertThat(alert.fingerprint()).isEqualTo(fingerprint);
		assertThat(alert.severity()).isEqualTo(severity);
		assertThat(alert.state()).isEqualTo(state);
		// The dry run decodes the same body with the same adapter and shows all of it.
		JsonNode preview = dryRun(vendor, file).path("alerts").path(0);
		assertThat(preview.path("fingerprint").asString()).isEqualTo(fingerprint.value());
		assertThat(preview.path("severity").asString()).isEqualTo(severity.tag());
		assertThat(preview.path("state").asString()).isEqualTo(state.tag());
		if (customer != null) {
			assertThat(preview.path("customer").asString()).isEqualTo(customer);
		}
		if (device != null) {
			assertThat(preview.path("device").asString()).isEqualTo(device);
		}
	}

	@Test
	void samplesTheIndexCallsOneEventShareAFingerprint() throws Exception {
		assertThat(post("am-samples", "host-down-resolved.json"))
			.isEqualTo(post("am-samples", "host-down-firing.json"));
		assertThat(post("grafana", "high-cpu-resolved.json")).isEqualTo(post("grafana", "high-cpu-firing.json"));
		assertThat(post("wazuh", "shuffle-format-ssh-bruteforce.json"))
			.isEqualTo(post("wazuh", "raw-alert-ssh-bruteforce-level10.json"));
		assertThat(post("meraki", "mt-sensor-temperature-started.json"))
			.isNotEqualTo(post("meraki", "power-supply-down-critical.json"));
	}

	@Test
	void grafanaWithoutItsBodySignatureIsRefused() throws Exception {
		this.web.post()
			.uri("/webhooks/grafana")
			.header(HttpHeaders.AUTHORIZATION, "Bearer grafana-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(fixture("grafana", "high-cpu-firing.json"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private JsonNode dryRun(String vendor, String file) throws Exception {
		return this.web.post()
			.uri("/admin/dry-run/" + vendor)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(fixture(vendor, file))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private Fingerprint post(String vendor, String file) throws Exception {
		byte[] body = fixture(vendor, file);
		Map<String, String> headers = new HashMap<>();
		switch (vendor) {
			case "am-samples" -> headers.put(HttpHeaders.AUTHORIZATION, "Bearer am-token");
			case "grafana" -> {
				headers.put(HttpHeaders.AUTHORIZATION, "Bearer grafana-token");
				headers.put("X-Grafana-Alerting-Signature", hmac("grafana-hmac", body));
			}
			case "meraki", "meraki-msp" -> {
			}
			default -> headers.put(HttpHeaders.AUTHORIZATION, VENDOR_TOKEN);
		}
		JsonNode answer = this.web.post()
			.uri("/webhooks/" + vendor)
			.headers((h) -> headers.forEach(h::set))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		List<String> fingerprints = answer.path("fingerprints").valueStream().map(JsonNode::asString).toList();
		assertThat(fingerprints).isNotEmpty().allSatisfy((value) -> assertThat(value).startsWith(vendor + ":"));
		return new Fingerprint(fingerprints.get(0));
	}

	private static byte[] fixture(String source, String file) throws IOException {
		String directory = Map
			.of("meraki-msp", "meraki", "sonicwall-capture-client", "sonicwall", "am-samples", "alertmanager")
			.getOrDefault(source, source);
		try (InputStream in = FixturesOverHttpTests.class.getResourceAsStream("/fixtures/" + directory + "/" + file)) {
			return in.readAllBytes();
		}
	}

	private static String hmac(String key, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

	private static Arguments sample(String vendor, String file, String customer, String device, Severity severity,
			AlertState state) {
		return Arguments.of(vendor, file, customer, device, severity, state);
	}

}
