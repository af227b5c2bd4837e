package dev.haloalertbridge.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.haloalertbridge.testsupport.BridgeTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook requests that go wrong before any source reads them, over real HTTP: another
 * method than POST, a trailing slash, a path that names no source, and a Content-Type
 * header that is not a media type. Each is a problem+json answer of the documented type,
 * and counted.
 */
@BridgeTest
@ExtendWith(OutputCaptureExtension.class)
class WebhookEdgeTests {

	private static final String GENERIC_AUTH = "Basic "
			+ Base64.getEncoder().encodeToString("generic-user:generic-pass".getBytes(StandardCharsets.UTF_8));

	@Autowired
	private WebTestClient web;

	@Autowired
	private MeterRegistry registry;

	@LocalServerPort
	private int port;

	@Test
	void getOnAWebhookIs405ProblemOfTheDocumentedTypeNamingPostAndCounted() {
		double before = requests("alertmanager", "method_not_allowed");
		this.web.get()
			.uri("/webhooks/alertmanager")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "POST")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:halo-alert-bridge:problem:method-not-allowed")
			.jsonPath("$.title")
			.isEqualTo("Method not allowed")
			.jsonPath("$.status")
			.isEqualTo(405)
			.jsonPath("$.detail")
			.isEqualTo("webhooks take POST, not GET")
			.jsonPath("$.source")
			.isEqualTo("alertmanager");
		assertThat(requests("alertmanager", "method_not_allowed")).isEqualTo(before + 1);
	}

	@Test
	void otherMethodOnAPathNamingNoSourceIsCountedAsUnknown() {
		double before = requests("unknown", "method_not_allowed");
		this.web.put()
			.uri("/webhooks/no-such-source")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectBody()
			.jsonPath("$.source")
			.isEqualTo("unknown");
		assertThat(requests("unknown", "method_not_allowed")).isEqualTo(before + 1);
	}

	@Test
	void trailingSlashPostsToTheSameSource() {
		double before = requests("generic", "accepted");
		this.web.post()
			.uri("/webhooks/generic/")
			.header(HttpHeaders.AUTHORIZATION, GENERIC_AUTH)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"trailing-slash\",\"title\":\"t\"}")
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(1);
		assertThat(requests("generic", "accepted")).isEqualTo(before + 1);
	}

	@Test
	void pathBelowASourceIs404ProblemCountedAsUnknown() {
		double before = requests("unknown", "unknown_source");
		this.web.post()
			.uri("/webhooks/generic/extra")
			.header(HttpHeaders.AUTHORIZATION, GENERIC_AUTH)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:halo-alert-bridge:problem:unknown-source");
		assertThat(requests("unknown", "unknown_source")).isEqualTo(before + 1);
	}

	@Test
	void otherPathsKeepSpringsAnswers() {
		double unknown = requests("unknown", "unknown_source");
		this.web.post().uri("/no-such-page").exchange().expectStatus().isNotFound();
		this.web.delete().uri("/actuator/health").exchange().expectStatus().isEqualTo(405);
		assertThat(requests("unknown", "unknown_source")).isEqualTo(unknown);
	}

	@ParameterizedTest(name = "Content-Type: {0}")
	@ValueSource(strings = { "garbage", "application/json, text/plain", "application/json; charset=nope",
			"application/json; charset=\"\"" })
	void contentTypeThatIsNotAMediaTypeIs415ProblemCountedAndLoggedWithoutAStackTrace(String contentType,
			CapturedOutput output) throws IOException, InterruptedException {
		double before = requests("generic", "unsupported_media_type");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/webhooks/generic"))
				.header(HttpHeaders.AUTHORIZATION, GENERIC_AUTH)
				.header(HttpHeaders.CONTENT_TYPE, contentType)
				.POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"bad-type\",\"title\":\"t\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"urn:halo-alert-bridge:problem:unsupported-media-type\"")
			.contains("not a valid media type");
		assertThat(requests("generic", "unsupported_media_type")).isEqualTo(before + 1);
		assertThat(output).contains("Webhook refused: source=generic outcome=unsupported_media_type")
			.doesNotContain("InvalidMediaTypeException", "\tat ");
	}

	private double requests(String source, String outcome) {
		return this.registry.get("bridge.webhook.requests")
			.tag("source", source)
			.tag("outcome", outcome)
			.counter()
			.count();
	}

}
