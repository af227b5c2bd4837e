package dev.haloalertbridge.sandbox;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("sandbox")
@AutoConfigureWebTestClient
class SandboxTokenTests {

	@Autowired
	private WebTestClient web;

	@Autowired
	private SandboxHalo halo;

	@LocalServerPort
	private int port;

	private SandboxCalls calls;

	@BeforeEach
	void setUp() {
		this.halo.reset();
		this.calls = new SandboxCalls(this.web);
	}

	@Test
	void clientCredentialsGrantReturnsTheSixFieldToken() {
		JsonNode token = SandboxCalls
			.json(this.calls.requestToken("sandbox-secret", "edit:tickets read:customers", "sandbox")
				.expectStatus()
				.isOk());
		assertThat(token.propertyNames()).containsExactlyInAnyOrder("access_token", "token_type", "expires_in", "scope",
				"refresh_token", "id_token");
		assertThat(token.path("token_type").asString()).isEqualTo("Bearer");
		assertThat(token.path("expires_in").asInt()).isEqualTo(3600);
		assertThat(token.path("scope").asString()).isEqualTo("edit:tickets read:customers");
		assertThat(token.path("access_token").asString()).hasSizeGreaterThan(20);
	}

	@Test
	void eachGrantIssuesADifferentToken() {
		assertThat(this.calls.token()).isNotEqualTo(this.calls.token());
	}

	@Test
	void wrongSecretIsInvalidClient() {
		this.calls.requestToken("wrong", "all", "sandbox")
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_client")
			.jsonPath("$.error_description")
			.exists();
	}

	@Test
	void unknownScopeIsInvalidScope() {
		this.calls.requestToken("sandbox-secret", "all read:actions", "sandbox")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_scope");
	}

	@Test
	void wrongTenantIsInvalidClient() {
		this.calls.requestToken("sandbox-secret", "all", "other")
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_client");
	}

	@Test
	void missingTenantIsInvalidClient() {
		this.web.post()
			.uri("/sandbox/auth/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "client_credentials")
				.with("client_id", "sandbox-client")
				.with("client_secret", "sandbox-secret"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_client");
	}

	@Test
	void otherGrantTypeIsRefused() {
		this.web.post()
			.uri("/sandbox/auth/token?tenant=sandbox")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "password").with("client_id", "sandbox-client"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("unsupported_grant_type");
	}

	@Test
	void tokenUrlsWithoutOrWithADoubledSlashAreNotFound() {
		this.web.post().uri("/sandbox/authtoken?tenant=sandbox").exchange().expectStatus().isNotFound();
		// a URI object, because the URI builder would collapse the doubled slash
		URI doubled = URI.create("http://127.0.0.1:" + this.port + "/sandbox/auth//token?tenant=sandbox");
		this.calls.requestToken(doubled).expectStatus().isNotFound();
	}

	@Test
	void apiWithoutBearerTokenIsUnauthorizedWithAnEmptyBody() {
		this.web.get()
			.uri("/sandbox/api/Tickets")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("WWW-Authenticate", "Bearer")
			.expectBody()
			.isEmpty();
		this.calls.get("/sandbox/api/Tickets", "not-a-token").expectStatus().isUnauthorized();
	}

	@Test
	void customersScopeCannotPostTickets() {
		String token = this.calls.token("read:customers");
		this.calls.post("/sandbox/api/Tickets", token, SandboxCalls.ALERT_TICKET)
			.expectStatus()
			.isForbidden()
			.expectBody()
			.isEmpty();
		this.calls.get("/sandbox/api/Client", token).expectStatus().isOk();
		assertThat(this.halo.tickets()).isEmpty();
	}

	@Test
	void readScopeCannotWriteButEditScopeCanRead() {
		this.calls.post("/sandbox/api/Tickets", this.calls.token("read:tickets"), SandboxCalls.ALERT_TICKET)
			.expectStatus()
			.isForbidden();
		String edit = this.calls.token("edit:tickets");
		long id = this.calls.createAlertTicket(edit);
		this.calls.get("/sandbox/api/Tickets/" + id, edit).expectStatus().isOk();
		this.calls.get("/sandbox/api/Site?client_id=12", edit).expectStatus().isForbidden();
	}

}
