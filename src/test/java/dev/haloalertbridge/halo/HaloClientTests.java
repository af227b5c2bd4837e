package dev.haloalertbridge.halo;

import java.time.Duration;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.haloalertbridge.testsupport.WireMockHalo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Halo client's wire behaviour: the token request and its reuse, a 401's one refetch,
 * the JSON array bodies, lenient ids, a create with an unknown outcome looked up before
 * it is posted again, and the lookups.
 */
class HaloClientTests extends HaloClientTestBase {

	@Test
	void createFetchesATokenWithTheFormGrantAndSendsAnArrayBody() {
		TicketRef ref = this.client.createTicket(ticket(), Lane.CREATE).block();
		assertThat(ref).isEqualTo(new TicketRef(4321));
		this.halo.verify(postRequestedFor(urlPathEqualTo("/auth/token")).withQueryParam("tenant", equalTo("acme"))
			.withRequestBody(containing("grant_type=client_credentials"))
			.withRequestBody(containing("client_id=" + WireMockHalo.CLIENT_ID))
			.withRequestBody(containing("client_secret=" + WireMockHalo.CLIENT_SECRET))
			.withRequestBody(containing("scope=all")));
		this.halo.verify(
				postRequestedFor(urlPathEqualTo("/api/Tickets")).withHeader("Authorization", equalTo("Bearer token-1"))
					.withRequestBody(containing("[{\"summary\":\"[HIGH] Disk full\""))
					.withRequestBody(containing("\"third_party_id_string\":\"" + FINGERPRINT.value() + "\"")));
	}

	@Test
	void authorizationServerWithoutSlashAndTenantNotSetPostsToTokenWithoutQuery() {
		client("/auth", "Not set").createTicket(ticket(), Lane.CREATE).block();
		assertThat(this.halo.findAll(postRequestedFor(urlPathEqualTo("/auth/token")))).singleElement()
			.satisfies((request) -> assertThat(request.getUrl()).isEqualTo("/auth/token"));
	}

	@ParameterizedTest(name = "tenant \"{0}\"")
	@ValueSource(strings = { "", "  ", "not set", "NOT SET" })
	void blankOrNotSetTenantInAnyCasePostsToTokenWithoutQuery(String tenant) {
		client("/auth/", tenant).createTicket(ticket(), Lane.CREATE).block();
		assertThat(this.halo.findAll(postRequestedFor(urlPathEqualTo("/auth/token")))).singleElement()
			.satisfies((request) -> assertThat(request.getUrl()).isEqualTo("/auth/token"));
	}

	@Test
	void tokenIsReusedUntilShortlyBeforeItExpires() {
		this.client.addNote(note(), Lane.NOTE).block();
		this.client.addNote(note(), Lane.NOTE).block();
		assertThat(WireMockHalo.count(this.halo, "POST", "/auth/token")).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(3600 - 59));
		this.client.addNote(note(), Lane.NOTE).block();
		assertThat(WireMockHalo.count(this.halo, "POST", "/auth/token")).isEqualTo(2);
	}

	@Test
	void unauthorizedFetchesANewTokenOnceAndRepeatsTheCall() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).inScenario("expired")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(401))
			.willSetStateTo("renewed"));
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).inScenario("expired")
			.whenScenarioStateIs("renewed")
			.willReturn(aResponse().withStatus(201).withBody("{\"id\":3}")));
		this.client.addNote(note(), Lane.NOTE).block();
		assertThat(WireMockHalo.count(this.halo, "POST", "/auth/token")).isEqualTo(2);
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(2);
	}

	@Test
	void unauthorizedTwiceIsARejectionNotALoop() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).willReturn(aResponse().withStatus(401)));
		assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block())
			.isInstanceOf(HaloRejectedException.class);
		assertThat(WireMockHalo.count(this.halo, "POST", "/auth/token")).isEqualTo(2);
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(2);
	}

	@Test
	void clientErrorsAreNotRetriedAndCarryHalosMessage() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions"))
			.willReturn(aResponse().withStatus(400).withBody("\"An Outcome must be entered for this Action\"")));
		assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block())
			.isInstanceOf(HaloRejectedException.class)
			.hasMessageContaining("An Outcome must be entered for this Action");
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(1);
	}

	@Test
	void wrongSecretIsRejectedWithoutTheSecretInTheMessage() {
		this.halo.stubFor(post(urlPathEqualTo("/auth/token"))
			.willReturn(aResponse().withStatus(401).withBody("{\"error\":\"invalid_client\"}")));
		assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block())
			.isInstanceOf(HaloRejectedException.class)
			.hasMessageContaining("invalid_client")
			.satisfies((ex) -> assertThat(ex.toString()).doesNotContain(WireMockHalo.CLIENT_SECRET));
		assertThat(WireMockHalo.count(this.halo, "POST", "/auth/token")).isEqualTo(1);
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isZero();
	}

	@Test
	void createThatTimesOutLooksTheTicketUpInsteadOfPostingAgain() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Tickets"))
			.willReturn(aResponse().withStatus(201).withFixedDelay(1500).withBody("{\"id\":4321}")));
		this.halo.stubFor(get(urlPathEqualTo("/api/Tickets")).willReturn(aResponse().withStatus(200)
			.withBody("{\"record_count\":2,\"tickets\":[{\"id\":4300,\"third_party_id_string\":\"generic:other\"},"
					+ "{\"id\":\"4321.0\",\"third_party_id_string\":\"" + FINGERPRINT.value() + "\"}]}")));
		TicketRef ref = this.client.createTicket(ticket(), Lane.CREATE).block();
		assertThat(ref).isEqualTo(new TicketRef(4321));
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Tickets")).isEqualTo(1);
		this.halo.verify(getRequestedFor(urlPathEqualTo("/api/Tickets"))
			.withQueryParam("third_party_id_string", equalTo(FINGERPRINT.value()))
			.withQueryParam("open_only", equalTo("true")));
		assertThat(this.registry.get("bridge.halo.requests").tag("status", "timeout").timer().count()).isEqualTo(1);
	}

	@Test
	void createAfterATimeoutWithNoTicketFoundPostsOnceMore() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Tickets")).inScenario("slow")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(201).withFixedDelay(1500).withBody("{\"id\":1}"))
			.willSetStateTo("fast"));
		this.halo.stubFor(post(urlPathEqualTo("/api/Tickets")).inScenario("slow")
			.whenScenarioStateIs("fast")
			.willReturn(aResponse().withStatus(201).withBody("{\"id\":4322}")));
		assertThat(this.client.createTicket(ticket(), Lane.CREATE).block()).isEqualTo(new TicketRef(4322));
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Tickets")).isEqualTo(2);
		assertThat(WireMockHalo.count(this.halo, "GET", "/api/Tickets")).isEqualTo(1);
	}

	@Test
	void findOpenTicketIgnoresTicketsWithAnotherFingerprint() {
		this.halo.stubFor(get(urlPathEqualTo("/api/Tickets")).willReturn(aResponse().withStatus(200)
			.withBody("{\"record_count\":1,\"tickets\":[{\"id\":4300,\"third_party_id_string\":\"generic:other\"}]}")));
		assertThat(this.client.findOpenTicket(FINGERPRINT, Lane.BACKGROUND).blockOptional()).isEmpty();
	}

	@Test
	void lookupsReadWhatTheAgentSeesInTheBackgroundLane() {
		this.halo.stubFor(get(urlPathEqualTo("/api/Team")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("[{\"id\":4,\"name\":\"Service Desk\"},{\"id\":5.0,\"name\":\"Security\",\"inactive\":false}]")));
		this.halo.stubFor(get(urlPathEqualTo("/api/Agent/me")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":9,\"name\":\"Bridge API\",\"isapiagent\":true,"
					+ "\"teams\":[{\"team_id\":4,\"team_name\":\"Service Desk\"}]}")));
		assertThat(this.client.lookup(Lookup.TEAMS).block()).containsExactly(new HaloRecord(4, "Service Desk"),
				new HaloRecord(5, "Security"));
		AgentProfile agent = this.client.agent().block();
		assertThat(agent.teams()).containsExactly(new HaloRecord(4, "Service Desk"));
		assertThat(this.registry.get("bridge.halo.requests").tag("operation", "lookup").timer().count()).isEqualTo(2);
	}

}
