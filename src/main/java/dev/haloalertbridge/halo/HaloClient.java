package dev.haloalertbridge.halo;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.haloalertbridge.alert.Fingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The bridge's calls to HaloPSA over HTTP, each through the {@link HaloGate} (budget,
 * lanes, retry and circuit breaker). A 401 refetches the token once. A create whose
 * outcome is unknown (a timeout, a 5xx) is never repeated blindly: the next attempt first
 * looks the ticket up by its fingerprint.
 */
@Component
public class HaloClient implements HaloApi {

	private static final Logger logger = LoggerFactory.getLogger(HaloClient.class);

	private final WebClient web;

	private final HaloHttp http;

	private final HaloTokens tokens;

	private final HaloConnectionSource connections;

	private final HaloGate gate;

	private final JsonMapper json;

	HaloClient(WebClient haloWebClient, HaloHttp http, HaloTokens tokens, HaloConnectionSource connections,
			HaloGate gate, JsonMapper json) {
		this.web = haloWebClient;
		this.http = http;
		this.tokens = tokens;
		this.connections = connections;
		this.gate = gate;
		this.json = json;
	}

	@Override
	public Mono<TicketRef> createTicket(NewTicket ticket, Lane lane) {
		AtomicBoolean uncertain = new AtomicBoolean();
		Mono<TicketRef> post = authorized(HaloOperation.CREATE_TICKET, lane,
				(token) -> this.http
					.exchange(HaloOperation.CREATE_TICKET,
							postJson(token, api("/Tickets"), HaloWire.ticket(this.json, ticket)))
					.map((body) -> ref(HaloOperation.CREATE_TICKET, body)));
		Mono<TicketRef> attempt = Mono.defer(() -> {
			if (!uncertain.get()) {
				return post;
			}
			logger.info("Looking for a ticket an earlier create may have opened: fingerprint={}", ticket.fingerprint());
			return find(ticket.fingerprint(), lane).switchIfEmpty(post);
		}).doOnError(HaloTransientException.class, (ex) -> uncertain.compareAndSet(false, ex.outcomeUnknown()));
		return this.gate.call(HaloOperation.CREATE_TICKET, attempt);
	}

	@Override
	public Mono<Void> addNote(NewNote note, Lane lane) {
		Mono<JsonNode> post = authorized(HaloOperation.ADD_NOTE, lane, (token) -> this.http
			.exchange(HaloOperation.ADD_NOTE, postJson(token, api("/Actions"), HaloWire.note(this.json, note))));
		return this.gate.call(HaloOperation.ADD_NOTE, post).then();
	}

	@Override
	public Mono<TicketRef> findOpenTicket(Fingerprint fingerprint, Lane lane) {
		return this.gate.call(HaloOperation.FIND_TICKET, find(fingerprint, lane));
	}

	@Override
	public Instant readyAt(Lane lane) {
		return this.gate.permitAt(lane);
	}

	@Override
	public Mono<List<HaloRecord>> lookup(Lookup lookup) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUri(api(lookup.path()));
		lookup.query().forEach(uri::queryParam);
		return get(uri.encode().build().toUri()).map((body) -> LookupParser.parse(lookup, body));
	}

	@Override
	public Mono<String> ticketTeam(long ticketId) {
		return get(api("/Tickets/" + ticketId)).map((body) -> {
			JsonNode team = body.path("team");
			return team.isString() ? team.asString().strip() : "";
		});
	}

	@Override
	public Mono<AgentProfile> agent() {
		return get(api("/Agent/me")).map((body) -> {
			try {
				return LookupParser.agent(body);
			}
			catch (IllegalArgumentException ex) {
				throw new HaloTransientException(HaloOperation.LOOKUP, "Agent/me has no usable agent", false, ex);
			}
		});
	}

	private Mono<JsonNode> get(URI uri) {
		return this.gate.call(HaloOperation.LOOKUP,
				authorized(HaloOperation.LOOKUP, Lane.BACKGROUND,
						(token) -> this.http.exchange(HaloOperation.LOOKUP,
								this.web.get()
									.uri(uri)
									.accept(MediaType.APPLICATION_JSON)
									.headers((h) -> h.setBearerAuth(token)))));
	}

	private Mono<TicketRef> find(Fingerprint fingerprint, Lane lane) {
		URI uri = UriComponentsBuilder.fromUri(api("/Tickets"))
			.queryParam("third_party_id_string", fingerprint.value())
			.queryParam("open_only", true)
			.queryParam("pageinate", true)
			.queryParam("page_size", 10)
			.queryParam("page_no", 1)
			.encode()
			.build()
			.toUri();
		return authorized(HaloOperation.FIND_TICKET, lane, (token) -> this.http.exchange(HaloOperation.FIND_TICKET,
				this.web.get().uri(uri).accept(MediaType.APPLICATION_JSON).headers((h) -> h.setBearerAuth(token))))
			.flatMap((body) -> Mono.justOrEmpty(TicketMatches.oldest(body, fingerprint)));
	}

	/**
	 * One attempt: a token (from the cache, or fetched through the gate), then the
	 * request, which takes its own permit from the budget.
	 */
	private <T> Mono<T> authorized(HaloOperation operation, Lane lane, Function<String, Mono<T>> call) {
		Function<String, Mono<T>> permitted = (token) -> this.gate.permit(operation, lane)
			.then(Mono.defer(() -> call.apply(token)));
		return Mono.defer(() -> this.tokens.token(lane).flatMap(permitted))
			.onErrorResume((ex) -> ex instanceof HaloRejectedException rejected && rejected.status() == 401
					&& rejected.operation() != HaloOperation.TOKEN, (ex) -> {
						logger.info("Halo answered 401 to {}; fetching a new token once", operation.tag());
						this.tokens.invalidate();
						return this.tokens.token(lane).flatMap(permitted);
					});
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
