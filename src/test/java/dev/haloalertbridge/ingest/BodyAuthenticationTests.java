package dev.haloalertbridge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.haloalertbridge.testsupport.BridgeTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meraki proves itself inside the body, per organization: over real HTTP, the right
 * shared secret is accepted, and an empty or wrong one, or an organization with none
 * configured, is refused with a 401 problem that does not echo the secret.
 */
@BridgeTest
// A context of their own: these tests leave repeats owed as coalesced notes, which would
// fall due, and reach the shared WireMock Halo, when ticketing tests move their clock.
@TestPropertySource(properties = "bridge.dedupe.coalesce-interval=15m")
class BodyAuthenticationTests {

	@Autowired
	private WebTestClient web;

	@Test
	void merakiWithItsOrganizationsSharedSecretIsAccepted() throws IOException {
		post(fixture("power-supply-down-critical.json")).expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.fingerprints[0]")
			.value((fingerprint) -> assertThat(fingerprint.toString()).startsWith("meraki:"));
	}

	@Test
	void merakiWithAWrongOrEmptySecretIsRefused() throws IOException {
		String body = fixture("power-supply-down-critical.json");
		for (String secret : new String[] { "s3cr3t-acme-merak", "" }) {
			post(body.replace("\"s3cr3t-acme-meraki\"", "\"" + secret + "\"")).expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.detail")
				.value((detail) -> assertThat(detail.toString()).contains("sharedSecret is missing or wrong")
					.doesNotContain("s3cr3t"));
		}
	}

	@Test
	void merakiFromAnOrganizationWithoutASecretIsRefused() throws IOException {
		post(fixture("uplink-failover-warning.json")).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("no shared secret is configured for organization '881044'");
	}

	private WebTestClient.ResponseSpec post(String body) {
		return this.web.post()
			.uri("/webhooks/meraki")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private static String fixture(String name) throws IOException {
		try (InputStream in = BodyAuthenticationTests.class.getResourceAsStream("/fixtures/meraki/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
