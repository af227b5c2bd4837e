package dev.haloalertbridge.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.haloalertbridge.testsupport.BridgeTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook endpoint over real HTTP: authentication, problem+json answers, limits, and
 * what is counted.
 */
@BridgeTest
class WebhookTests {

	private static final String GENERIC_AUTH = "Basic "
			+ Base64.getEncoder().encodeToString("generic-user:generic-pass".getBytes(StandardCharsets.UTF_8));

	@Autowired
	private WebTestClient web;

	@Autowired
	private MeterRegistry registry;

	@Test
	void missingCredentialsAre401ProblemWithChallenge() {
		double before = requests("alertmanager", "unauthorized");
		this.web.post()
			.uri("/webhooks/alertmanager")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.detail")
			.isEqualTo("send an Authorization header");
		assertThat(requests("alertmanager", "unauthorized")).isEqualTo(before + 1);
	}

	@Test
	void wrongBearerTokenIs401() {
		post("alertmanager", "Bearer not-the-token", "{}").expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("the credentials are not valid");
	}

	@Test
	void wrongBasicPasswordIs401AndRightOneIsAccepted() {
		String wrong = "Basic " + Base64.getEncoder().encodeToString("generic-user:nope".getBytes());
		post("generic", wrong, "{\"id\":\"a\",\"title\":\"t\"}").expectStatus().isUnauthorized();
		post("generic", GENERIC_AUTH, "{\"id\":\"basic-ok\",\"title\":\"t\"}").expectStatus().isAccepted();
	}

	@Test
	void badJsonIs400Problem() {
		double before = requests("alertmanager", "bad_request");
		post("alertmanager", "Bearer am-token", "{\"alerts\": [").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Unreadable alert");
		assertThat(requests("alertmanager", "bad_request")).isEqualTo(before + 1);
	}

	@Test
	void validJsonOfTheWrongShapeIs400NamingTheField() {
		post("alertmanager", "Bearer am-token", "{\"version\":\"4\",\"alerts\":[]}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("'alerts' must be a non-empty array");
	}

	@Test
	void unknownSourceIs404AndCountedAsUnknown() {
		double before = requests("unknown", "unknown_source");
		post("nagios", "Bearer am-token", "{}").expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(requests("unknown", "unknown_source")).isEqualTo(before + 1);
	}

	@Test
	void bodyOverTheLimitIs413() {
		String big = "{\"id\":\"big\",\"title\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
		double before = requests("generic", "too_large");
		post("generic", GENERIC_AUTH, big).expectStatus().isEqualTo(413);
		assertThat(requests("generic", "too_large")).isEqualTo(before + 1);
	}

	@Test
	void jsonSentAsPlainTextIsAccepted() {
		this.web.post()
			.uri("/webhooks/generic")
			.header(HttpHeaders.AUTHORIZATION, GENERIC_AUTH)
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("{\"id\":\"plain-text\",\"title\":\"t\"}")
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	@Test
	void formEncodedBodyIs415() {
		this.web.post()
			.uri("/webhooks/generic")
			.header(HttpHeaders.AUTHORIZATION, GENERIC_AUTH)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("a=b")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
	}

	@Test
	void messageLargerThanTheQueueIs503WithRetryAfterAndQueuesNothing() {
		StringBuilder alerts = new StringBuilder("[");
		for (int i = 0; i < 51; i++) {
			alerts.append((i > 0) ? "," : "").append("{\"id\":\"flood-").append(i).append("\",\"title\":\"t\"}");
		}
		double received = received("generic");
		post("generic", GENERIC_AUTH, alerts.append("]").toString()).expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "30")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(received("generic")).isEqualTo(received);
	}

	@Test
	void acceptedMessageIs202JsonWithOneFingerprintPerAlert() {
		String body = "[{\"id\":\"one\",\"title\":\"first\"},{\"id\":\"two\",\"title\":\"second\",\"status\":\"resolved\"}]";
		EntityExchangeResult<byte[]> answer = post("generic", GENERIC_AUTH, body).expectStatus()
			.isAccepted()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(2)
			.jsonPath("$.fingerprints.length()")
			.isEqualTo(2)
			.jsonPath("$.fingerprints[0]")
			.value((fp) -> assertThat((String) fp).matches("generic:[0-9a-f]{32}"))
			.returnResult();
		assertThat(answer.getResponseHeaders().getContentLength()).isEqualTo(answer.getResponseBodyContent().length);
	}

	private WebTestClient.ResponseSpec post(String source, String authorization, String body) {
		return this.web.post()
			.uri("/webhooks/" + source)
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private double requests(String source, String outcome) {
		return this.registry.get("bridge.webhook.requests")
			.tag("source", source)
			.tag("outcome", outcome)
			.counter()
			.count();
	}

	private double received(String source) {
		return this.registry.get("bridge.alerts.received")
			.tag("source", source)
			.tag("state", "firing")
			.counter()
			.count();
	}

}
