package dev.haloalertbridge.halo;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.haloalertbridge.alert.Fingerprint;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The bridge's calls to HaloPSA, each with retries and the circuit breaker named
 * {@code halo} in {@code application.yaml}. A 401 refetches the token once. A create
 * whose outcome is unknown (a timeout, a 5xx) is never repeated blindly: the next attempt
 * first looks the ticket up by its fingerprint.
 */
@Component
public class HaloClient {

	private static final Logger logger = LoggerFactory.getLogger(HaloClient.class);

	private final WebClient web;

	private final HaloHttp http;

	private final HaloTokens tokens;

	private final HaloConnectionSource connections;

	private final HaloMetrics metrics;

	private final JsonMapper json;

	private final Retry retry;

	private final CircuitBreaker circuitBreaker;

	HaloClient(WebClient haloWebClient, HaloHttp http, HaloTokens tokens, HaloConnectionSource connections,
			HaloMetrics metrics, JsonMapper json, RetryRegistry retries, CircuitBreakerRegistry breakers) {
		this.web = haloWebClient;
		this.http = http;
		this.tokens = tokens;
		this.connections = connections;
		this.metrics = metrics;
		this.json = json;
		this.retry = retries.retry("halo");
		this.circuitBreaker = breakers.circuitBreaker("halo");
	}

	/**
	 * Opens a ticket, or finds the one an earlier attempt with an unknown outcome may
	 * have opened.
	 * @param ticket the ticket to open
	 * @return the ticket Halo holds
	 */
	public Mono<TicketRef> createTicket(NewTicket ticket) {
		AtomicBoolean uncertain = new AtomicBoolean();
		Mono<TicketRef> post = authorized(HaloOperation.CREATE_TICKET,
				(token) -> this.http
					.exchange(HaloOperation.CREATE_TICKET,
							postJson(token, api("/Tickets"), HaloWire.ticket(this.json, ticket)))
					.map((body) -> ref(HaloOperation.CREATE_TICKET, body)));
		Mono<TicketRef> attempt = Mono.defer(() -> {
			if (!uncertain.get()) {
				return post;
			}
			logger.info("Looking for a ticket an earlier create may have opened: fingerprint={}", ticket.fingerprint());
			return find(ticket.fingerprint()).switchIfEmpty(post);
		}).doOnError(HaloTransientException.class, (ex) -> uncertain.compareAndSet(false, ex.outcomeUnknown()));
		return resilient(HaloOperation.CREATE_TICKET, attempt);
	}

	/**
	 * Adds a private note, changing the ticket's status in the same call when the note
	 * asks for it.
	 * @param note the note
	 * @return completes when Halo has saved it
	 */
	public Mono<Void> addNote(NewNote note) {
		Mono<JsonNode> post = authorized(HaloOperation.ADD_NOTE, (token) -> this.http.exchange(HaloOperation.ADD_NOTE,
				postJson(token, api("/Actions"), HaloWire.note(this.json, note))));
		return resilient(HaloOperation.ADD_NOTE, post).then();
	}

	/**
	 * Finds the open ticket carrying a fingerprint, for example after a restart emptied
	 * the ledger.
	 * @param fingerprint the alert identity
	 * @return the ticket, or empty if Halo has none open
	 */
	public Mono<TicketRef> findOpenTicket(Fingerprint fingerprint) {
		return resilient(HaloOperation.FIND_TICKET, find(fingerprint));
	}

	private Mono<TicketRef> find(Fingerprint fingerprint) {
		URI uri = UriComponentsBuilder.fromUri(api("/Tickets"))
			.queryParam("third_party_id_string", fingerprint.value())
			.queryParam("open_only", true)
			.queryParam("pageinate", true)
			.queryParam("page_size", 10)
			.queryParam("page_no", 1)
			.encode()
			.build()
			.toUri();
		return authorized(HaloOperation.FIND_TICKET, (token) -> this.http.exchange(HaloOperation.FIND_TICKET,
				this.web.get().uri(uri).accept(MediaType.APPLICATION_JSON).headers((h) -> h.setBearerAuth(token))))
			.flatMap((body) -> Mono.justOrEmpty(TicketMatches.oldest(body, fingerprint)));
	}

	private <T> Mono<T> authorized(HaloOperation operation, Function<String, Mono<T>> call) {
		return Mono.defer(() -> this.tokens.token().flatMap(call))
			.onErrorResume((ex) -> ex instanceof HaloRejectedException rejected && rejected.status() == 401
					&& rejected.operation() != HaloOperation.TOKEN, (ex) -> {
						logger.info("Halo answered 401 to {}; fetching a new token once", operation.tag());
						this.tokens.invalidate();
						return this.tokens.token().flatMap(call);
					});
	}

	private <T> Mono<T> resilient(HaloOperation operation, Mono<T> call) {
		AtomicInteger attempts = new AtomicInteger();
		return Mono.defer(() -> {
			if (attempts.getAndIncrement() > 0) {
				this.metrics.retry(operation);
			}
			return call;
		})
			.transformDeferred(CircuitBreakerOperator.of(this.circuitBreaker))
			.transformDeferred(RetryOperator.of(this.retry));
	}

	private WebClient.RequestHeadersSpec<?> postJson(String token, URI uri, JsonNode body) {
		return this.web.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.headers((headers) -> headers.setBearerAuth(token))
			.bodyValue(body);
	}

	private URI api(String path) {
		URI base = this.connections.connection().resourceServer();
		String basePath = (base.getPath() == null) ? "" : base.getPath().replaceAll("/+$", "");
		return UriComponentsBuilder.fromUri(base).replacePath(basePath + path).replaceQuery(null).build().toUri();
	}

	private static TicketRef ref(HaloOperation operation, JsonNode body) {
		JsonNode saved = body.isArray() ? body.path(body.size() - 1) : body;
		return HaloWire.number(saved.path("id"))
			.stream()
			.mapToObj(TicketRef::new)
			.findFirst()
			.orElseThrow(() -> new HaloTransientException(operation, "the saved ticket has no id", true, null));
	}

}
