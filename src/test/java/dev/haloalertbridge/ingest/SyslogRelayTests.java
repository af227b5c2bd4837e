package dev.haloalertbridge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.haloalertbridge.alert.AlertState;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.dedupe.Ledger;
import dev.haloalertbridge.dedupe.LedgerEntry;
import dev.haloalertbridge.testsupport.BridgeTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A relay (rsyslog, Vector, Fluent Bit) forwarding syslog over HTTP: the SonicWall
 * samples, posted as text/plain lines to the syslog source's webhook with its token,
 * become the same alerts the listeners make of them; so do the lines the relay-wrapped
 * samples carry.
 */
@BridgeTest
// A context of their own: these tests leave repeats owed as coalesced notes, which would
// fall due, and reach the shared WireMock Halo, when ticketing tests move their clock.
@TestPropertySource(properties = "bridge.dedupe.coalesce-interval=15m")
class SyslogRelayTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private WebTestClient web;

	@Autowired
	private Ledger ledger;

	@Test
	void relayedLinesBecomeAlertsAndTheRepeatedAttackIsOneFingerprint() throws IOException {
		List<String> fingerprints = post(resource("/fixtures/syslog/sonicwall.log"));
		assertThat(fingerprints).hasSize(4).allSatisfy((value) -> assertThat(value).startsWith("firewalls:"));
		assertThat(fingerprints.get(1)).isEqualTo(fingerprints.get(0));
		assertThat(fingerprints.get(2)).isNotEqualTo(fingerprints.get(0));
		var ips = this.ledger.find(new Fingerprint(fingerprints.get(0))).map(LedgerEntry::latest).orElseThrow();
		assertThat(ips.customerKey()).isEqualTo("2CB8ED4F1A20");
		assertThat(ips.severity()).isEqualTo(Severity.MEDIUM);
		assertThat(ips.state()).isEqualTo(AlertState.FIRING);
		var login = this.ledger.find(new Fingerprint(fingerprints.get(2))).map(LedgerEntry::latest).orElseThrow();
		assertThat(login.severity()).isEqualTo(Severity.CRITICAL);
	}

	@Test
	void linesTheRelayWrappedSamplesCarryAreTheSameEvents() throws IOException {
		List<String> fromLog = post(resource("/fixtures/syslog/sonicwall.log"));
		String ips = JSON.readTree(resource("/fixtures/sonicwall/syslog-ips-prevention-log4j.json"))
			.path("raw")
			.asString();
		String login = JSON.readTree(resource("/fixtures/sonicwall/syslog-admin-login-denied.json"))
			.path("raw")
			.asString();
		List<String> wrapped = post(ips + "\n" + login + "\n");
		assertThat(wrapped).hasSize(2);
		assertThat(wrapped.get(0)).isEqualTo(fromLog.get(0));
		assertThat(wrapped.get(1)).startsWith("firewalls:");
	}

	@Test
	void garbageLinesAreSkippedNotTheWholePost() throws IOException {
		String lines = "this is not syslog\n\n"
				+ resource("/fixtures/syslog/sonicwall.log").lines().findFirst().orElseThrow();
		assertThat(post(lines)).hasSize(1);
	}

	@Test
	void wrongTokenIsRefusedAndJsonIsNotSyslog() {
		this.web.post()
			.uri("/webhooks/firewalls")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-the-token")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("<129>id=firewall sn=1 m=609")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.web.post()
			.uri("/webhooks/firewalls")
			.header(HttpHeaders.AUTHORIZATION, "Bearer relay-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
	}

	private List<String> post(String lines) {
		JsonNode answer = this.web.post()
			.uri("/webhooks/firewalls")
			.header(HttpHeaders.AUTHORIZATION, "Bearer relay-token")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue(lines)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return answer.path("fingerprints").valueStream().map(JsonNode::asString).toList();
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = SyslogRelayTests.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
