package dev.haloalertbridge.halo;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.testsupport.ShippedResilience;
import dev.haloalertbridge.testsupport.WireMockHalo;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * A Halo client wired as the application wires it (gate, tokens, shipped resilience with
 * its waits shortened), against a WireMock Halo on loopback, for tests outside this
 * package too.
 */
public final class WiredHaloClient {

	private WiredHaloClient() {
	}

	/**
	 * A client with the given connection settings.
	 * @param halo the WireMock Halo
	 * @param authPath the Authorization Server's path, such as {@code /auth/}
	 * @param tenant the tenant
	 * @param budget the call budget
	 * @param clock the clock
	 * @param registry where its metrics go
	 * @param breakers the circuit breakers
	 * @return the client
	 */
	public static HaloClient of(WireMockServer halo, String authPath, String tenant, HaloProperties.Budget budget,
			MutableClock clock, MeterRegistry registry, CircuitBreakerRegistry breakers) {
		String base = "http://127.0.0.1:" + halo.port();
		HaloProperties properties = new HaloProperties(WireMockHalo.CLIENT_ID, WireMockHalo.CLIENT_SECRET,
				base + "/api", base + authPath, tenant, "all", Duration.ofSeconds(1), Duration.ofSeconds(1),
				Duration.ofSeconds(60), budget);
		HaloConnection connection = PropertiesConnectionSource.validate(properties);
		HaloConnectionSource source = () -> connection;
		JsonMapper json = JsonMapper.builder().build();
		HaloMetrics metrics = new HaloMetrics(registry);
		WebClient web = new HaloClientConfiguration().haloWebClient(WebClient.builder(), properties);
		HaloHttp http = new HaloHttp(metrics, json, properties, clock);
		HaloGate gate = new HaloGate(properties, clock, metrics, ShippedResilience.retries(Duration.ofMillis(10)),
				breakers);
		HaloTokens tokens = new HaloTokens(web, http, gate, source, clock, properties);
		return new HaloClient(web, http, tokens, source, gate, json);
	}

	/**
	 * A client with the WireMock Halo's connection settings and the shipped budget.
	 * @param halo the WireMock Halo
	 * @param clock the clock
	 * @param registry where its metrics go
	 * @return the client
	 */
	public static HaloClient of(WireMockServer halo, MutableClock clock, MeterRegistry registry) {
		return of(halo, "/auth/", WireMockHalo.TENANT,
				new HaloProperties.Budget(300, Duration.ofMinutes(5), 15, 30, Duration.ofSeconds(60)), clock, registry,
				ShippedResilience.breakers());
	}

}
