package dev.haloalertbridge.testsupport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import org.springframework.test.context.DynamicPropertyRegistry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A WireMock server standing in for a hosted HaloPSA on loopback, with the happy-path
 * answers Halo gives (token, ticket create, note create, an empty ticket search). Tests
 * add their own stubs on top.
 */
public final class WireMockHalo {

	public static final String CLIENT_ID = "bridge-client";

	public static final String CLIENT_SECRET = "s3cret-value-never-logged";

	public static final String TENANT = "acme";

	private static final WireMockServer SHARED = start();

	private WireMockHalo() {
	}

	/**
	 * The server shared by the Spring tests (one per JVM, like their cached application
	 * context).
	 * @return the running server
	 */
	public static WireMockServer shared() {
		return SHARED;
	}

	public static WireMockServer start() {
		WireMockServer server = new WireMockServer(
				WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		stubHappyPath(server);
		return server;
	}

	/**
	 * Resets stubs and recorded requests to the happy path.
	 * @param server the server
	 */
	public static void reset(WireMockServer server) {
		server.resetAll();
		stubHappyPath(server);
	}

	static void stubHappyPath(WireMockServer server) {
		server.stubFor(post(urlPathEqualTo("/auth/token")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
					+ "\"scope\":\"all\",\"refresh_token\":\"r\",\"id_token\":\"i\"}")));
		server.stubFor(post(urlPathEqualTo("/api/Tickets")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":4321.0,\"summary\":\"created\",\"status_id\":1}")));
		server.stubFor(post(urlPathEqualTo("/api/Actions")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":2,\"ticket_id\":4321,\"outcome_id\":7}")));
		server.stubFor(get(urlPathEqualTo("/api/Tickets")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"page_no\":1,\"page_size\":10,\"record_count\":0,\"tickets\":[]}")));
	}

	/**
	 * Points the bridge at a WireMock Halo, with the authorization server given with the
	 * trailing slash the setup guides ask for.
	 * @param server the server
	 * @param registry the test's property registry
	 */
	public static void register(WireMockServer server, DynamicPropertyRegistry registry) {
		String base = "http://127.0.0.1:" + server.port();
		registry.add("halo.client-id", () -> CLIENT_ID);
		registry.add("halo.client-secret", () -> CLIENT_SECRET);
		registry.add("halo.resource-server", () -> base + "/api");
		registry.add("halo.authorization-server", () -> base + "/auth/");
		registry.add("halo.tenant", () -> TENANT);
	}

	public static int count(WireMockServer server, String method, String path) {
		return server
			.findAll(new com.github.tomakehurst.wiremock.matching.RequestPatternBuilder(
					com.github.tomakehurst.wiremock.http.RequestMethod.fromString(method),
					WireMock.urlPathEqualTo(path)))
			.size();
	}

}
