package dev.haloalertbridge.halo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.mapping.TicketRoute;
import dev.haloalertbridge.testsupport.HaloOpenApi;
import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.testsupport.ShippedResilience;
import dev.haloalertbridge.testsupport.WireMockHalo;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

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
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The Halo client against a WireMock Halo on loopback: the token request, the JSON array
 * bodies, lenient ids, and which failures are retried. Every API request it sends is
 * validated against Halo's OpenAPI document.
 */
class HaloClientTests {

	private static final Fingerprint FINGERPRINT = Fingerprint.of("generic", List.of("ACME-001", "disk-full"));

	private final WireMockServer halo = WireMockHalo.start();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:15:00Z"));

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final CircuitBreakerRegistry breakers = ShippedResilience.breakers();

	private HaloProperties.Budget budget = new HaloProperties.Budget(300, Duration.ofMinutes(5), 15, 30,
			Duration.ofSeconds(60));

	private HaloClient client;

	@BeforeEach
	void connect() {
		this.client = client("/auth/", WireMockHalo.TENANT);
	}

	@AfterEach
	void stop() {
		HaloOpenApi.assertEveryApiRequestValid(this.halo);
		this.halo.stop();
	}

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
	void serverErrorsAreRetriedAsTheShippedPolicySays() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withBody("{\"ClassName\":\"System.Exception\",\"Message\":\"x\"}"))
			.willSetStateTo("again"));
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).inScenario("flaky")
			.whenScenarioStateIs("again")
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("ok"));
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).inScenario("flaky")
			.whenScenarioStateIs("ok")
			.willReturn(aResponse().withStatus(201).withBody("{\"id\":3}")));
		this.client.addNote(note(), Lane.NOTE).block();
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(3);
		assertThat(this.registry.get("bridge.halo.retries").tag("operation", "add_note").counter().count())
			.isEqualTo(2);
	}

	@Test
	void serverErrorsBeyondTheShippedAttemptsFailAsTransient() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).willReturn(aResponse().withStatus(502)));
		assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block())
			.isInstanceOf(HaloTransientException.class);
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(3);
	}

	@Test
	void rateLimitIsNotRetriedAndPausesEveryLaneForRetryAfter() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "42")
			.withBody("\"Rate Limit Reached - 300 Requests per rolling 5 minute window\"")));
		assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block()).isInstanceOfSatisfying(
				HaloDeferredException.class,
				(ex) -> assertThat(ex.notBefore()).isEqualTo(this.clock.instant().plusSeconds(42)));
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(1);
		assertThat(this.registry.get("bridge.halo.rate.limited").counter().count()).isEqualTo(1);
		assertThat(this.registry.get("bridge.halo.pauses").counter().count()).isEqualTo(1);

		// Paused: a create, however urgent, is not even sent.
		assertThatThrownBy(() -> this.client.createTicket(ticket(), Lane.CRITICAL_CREATE).block())
			.isInstanceOf(HaloDeferredException.class);
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Tickets")).isZero();
		assertThat(this.registry.get("bridge.halo.budget.remaining").gauge().value()).isZero();

		this.clock.advance(Duration.ofSeconds(42));
		assertThat(this.client.createTicket(ticket(), Lane.CRITICAL_CREATE).block()).isEqualTo(new TicketRef(4321));
	}

	@Test
	void rateLimitWithoutRetryAfterPausesForTheConfiguredPause() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).willReturn(aResponse().withStatus(429)));
		assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block()).isInstanceOfSatisfying(
				HaloDeferredException.class,
				(ex) -> assertThat(ex.notBefore()).isEqualTo(this.clock.instant().plusSeconds(60)));
	}

	@Test
	void spentBudgetHoldsCallsBackWithoutSendingThemAndTokenCallsCount() {
		this.budget = new HaloProperties.Budget(4, Duration.ofMinutes(5), 1, 1, Duration.ofSeconds(60));
		this.client = client("/auth/", WireMockHalo.TENANT);
		this.client.addNote(note(), Lane.NOTE).block();
		// the token and one note spent 2 of the 3 usable calls; lookups keep off the last
		// one
		assertThatThrownBy(() -> this.client.findOpenTicket(FINGERPRINT, Lane.BACKGROUND).block())
			.isInstanceOfSatisfying(HaloDeferredException.class,
					(ex) -> assertThat(ex.notBefore()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(5))));
		this.client.addNote(note(), Lane.RESOLVE).block();
		assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block())
			.isInstanceOf(HaloDeferredException.class);
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(2);
		assertThat(WireMockHalo.count(this.halo, "GET", "/api/Tickets")).isZero();
		assertThat(this.registry.get("bridge.halo.deferred").tag("lane", "background").counter().count()).isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(5));
		this.client.addNote(note(), Lane.NOTE).block();
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(3);
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
	void openCircuitStopsCallingHaloAfterTheShippedFailureRate() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).willReturn(aResponse().withStatus(503)));
		Throwable last = null;
		for (int call = 0; call < 10 && !(last instanceof CallNotPermittedException); call++) {
			last = catchThrowable(() -> this.client.addNote(note(), Lane.NOTE).block());
		}
		assertThat(last).isInstanceOf(CallNotPermittedException.class);
		int calls = WireMockHalo.count(this.halo, "POST", "/api/Actions");
		// the shipped breaker opens once 10 attempts were recorded and half of them
		// failed
		assertThat(calls).isEqualTo(10);
		assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block())
			.isInstanceOf(CallNotPermittedException.class);
		assertThat(WireMockHalo.count(this.halo, "POST", "/api/Actions")).isEqualTo(calls);
	}

	@Test
	void rejectionsDoNotOpenTheCircuit() {
		this.halo.stubFor(post(urlPathEqualTo("/api/Actions")).willReturn(aResponse().withStatus(400)));
		for (int call = 0; call < 12; call++) {
			assertThatThrownBy(() -> this.client.addNote(note(), Lane.NOTE).block())
				.isInstanceOf(HaloRejectedException.class);
		}
		assertThat(this.breakers.circuitBreaker("halo").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
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

	private HaloClient client(String authPath, String tenant) {
		String base = "http://127.0.0.1:" + this.halo.port();
		HaloProperties properties = new HaloProperties(WireMockHalo.CLIENT_ID, WireMockHalo.CLIENT_SECRET,
				base + "/api", base + authPath, tenant, "all", Duration.ofSeconds(1), Duration.ofSeconds(1),
				Duration.ofSeconds(60), this.budget);
		HaloConnection connection = PropertiesConnectionSource.validate(properties);
		HaloConnectionSource source = () -> connection;
		JsonMapper json = JsonMapper.builder().build();
		HaloMetrics metrics = new HaloMetrics(this.registry);
		WebClient web = new HaloClientConfiguration().haloWebClient(WebClient.builder(), properties);
		HaloHttp http = new HaloHttp(metrics, json, properties, this.clock);
		HaloGate gate = new HaloGate(properties, this.clock, metrics, ShippedResilience.retries(Duration.ofMillis(10)),
				this.breakers);
		HaloTokens tokens = new HaloTokens(web, http, gate, source, this.clock, properties);
		return new HaloClient(web, http, tokens, source, gate, json);
	}

	private static NewTicket ticket() {
		return new NewTicket(FINGERPRINT, "[HIGH] Disk full", "<p>Disk full</p>",
				new TicketRoute(12, OptionalInt.of(34), "Service Desk", 21, OptionalInt.of(2)));
	}

	private static NewNote note() {
		return new NewNote(4321, "<p>Alert fired again</p>", 7, OptionalInt.empty());
	}

}
