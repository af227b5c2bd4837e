package dev.haloalertbridge.halo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The OAuth client-credentials token, cached until shortly before it expires.
 * {@link #invalidate()} drops it when Halo answers 401, so the next call fetches a new
 * one.
 * <p>
 * Not Spring Security's OAuth2 client: its token request would bypass the call gate (Halo
 * counts token calls against the same rolling limit and may answer them 429), and the
 * starter secures every endpoint of the bridge by default, including the webhooks that
 * check their own credentials. The token URL rules (tenant query unless blank or "Not
 * set", slash or not) live in {@link TokenUri}.
 */
@Component
class HaloTokens {

	private static final Logger logger = LoggerFactory.getLogger(HaloTokens.class);

	private static final long DEFAULT_LIFETIME_SECONDS = 3600;

	private final WebClient web;

	private final HaloHttp http;

	private final HaloGate gate;

	private final HaloConnectionSource connections;

	private final Clock clock;

	private final Duration margin;

	private final AtomicReference<@Nullable Token> current = new AtomicReference<>();

	HaloTokens(WebClient haloWebClient, HaloHttp http, HaloGate gate, HaloConnectionSource connections, Clock clock,
			HaloProperties properties) {
		this.web = haloWebClient;
		this.http = http;
		this.gate = gate;
		this.connections = connections;
		this.clock = clock;
		this.margin = properties.tokenRefreshMargin();
	}

	/**
	 * The cached token, or a new one fetched in the lane of the call that needs it (a
	 * token call counts against Halo's call limit like any other).
	 * @param lane the lane of the call that needs the token
	 * @return the token
	 */
	Mono<String> token(Lane lane) {
		Token token = this.current.get();
		if (token != null && this.clock.instant().isBefore(token.refreshAt())) {
			return Mono.just(token.value());
		}
		return fetch(lane);
	}

	void invalidate() {
		this.current.set(null);
	}

	private Mono<String> fetch(Lane lane) {
		return this.gate.permit(HaloOperation.TOKEN, lane).then(Mono.defer(() -> {
			HaloConnection connection = this.connections.connection();
			WebClient.RequestHeadersSpec<?> request = this.web.post()
				.uri(connection.tokenUri())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.body(BodyInserters.fromFormData("grant_type", "client_credentials")
					.with("client_id", connection.clientId())
					.with("client_secret", connection.clientSecret().value())
					.with("scope", connection.scope()));
			return this.http.exchange(HaloOperation.TOKEN, request).map(this::store);
		}));
	}

	private String store(JsonNode body) {
		String value = body.path("access_token").asString("");
		if (value.isBlank()) {
			throw new HaloTransientException(HaloOperation.TOKEN, "token response has no access_token", false, null);
		}
		long lifetime = HaloWire.number(body.path("expires_in")).orElse(DEFAULT_LIFETIME_SECONDS);
		Duration usable = Duration.ofSeconds(lifetime).minus(this.margin);
		if (usable.compareTo(Duration.ofSeconds(lifetime / 2)) < 0) {
			usable = Duration.ofSeconds(lifetime / 2);
		}
		this.current.set(new Token(value, this.clock.instant().plus(usable)));
		logger.info("Halo token obtained: lifetime={}s", lifetime);
		return value;
	}

	private record Token(String value, Instant refreshAt) {

		@Override
		public String toString() {
			return "Token[<secret>, refreshAt=" + this.refreshAt + "]";
		}

	}

}
