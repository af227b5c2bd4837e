package dev.haloalertbridge.ingest;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.ingest.syslog.SyslogRelay;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code POST /webhooks/{source}}: checks the sender, reads at most the configured body
 * size, lets the source's adapter normalise the alerts and hands them to the
 * {@link Intake}. It answers 202 with their fingerprints once the intake has them, before
 * any Halo call, so a slow Halo never makes a sender time out. A refusal is answered by
 * {@link WebhookProblems}.
 * <p>
 * It is a functional endpoint ({@link WebhookRoutes}) rather than an annotated
 * controller: the webhook is the one hot path, and this skips the per-request argument
 * resolution, return-type introspection and content negotiation of an annotated method.
 */
@Component
class WebhookHandler {

	private static final Logger logger = LoggerFactory.getLogger(WebhookHandler.class);

	private final Sources sources;

	private final SyslogRelay relay;

	private final IngestProperties properties;

	private final Intake intake;

	private final IngestMetrics metrics;

	private final JsonMapper json;

	private final WebhookRequests requests;

	private final Clock clock;

	private final WebhookProblems problems;

	WebhookHandler(Sources sources, SyslogRelay relay, IngestProperties properties, Intake intake,
			IngestMetrics metrics, JsonMapper json, Clock clock, WebhookProblems problems) {
		this.problems = problems;
		this.sources = sources;
		this.relay = relay;
		this.properties = properties;
		this.intake = intake;
		this.metrics = metrics;
		this.json = json;
		this.requests = new WebhookRequests(properties);
		this.clock = clock;
	}

	/**
	 * Takes a webhook; every refusal becomes its problem+json answer.
	 * @param request the request
	 * @return a 202 naming the queued alerts, or the problem
	 */
	Mono<ServerResponse> receive(ServerRequest request) {
		long start = System.nanoTime();
		String source = request.pathVariable("source");
		Optional<Sources.Source> configured = this.sources.find(source);
		String tag = tag(source, configured);
		return Mono.defer(() -> receive(source, configured, request.exchange().getRequest()))
			.<ServerResponse>map((accepted) -> new AcceptedResponse(accepted.toJson()))
			.onErrorResume(WebhookRejectedException.class, this.problems::answer)
			.onErrorResume((ex) -> this.problems.failed(tag, ex))
			// Timed when the answer is ready, before it is written: a sender that has its
			// answer finds it counted.
			.doOnNext((response) -> this.metrics.answered(tag, System.nanoTime() - start));
	}

	/**
	 * Another method than POST on a webhook's path: a 405 naming POST.
	 * @param request the request
	 * @return the problem
	 */
	Mono<ServerResponse> notPost(ServerRequest request) {
		// The source tag only names a configured source, so a caller cannot invent tag
		// values.
		String source = request.pathVariable("source");
		return this.problems.answer(new WebhookRejectedException(IngestOutcome.METHOD_NOT_ALLOWED,
				tag(source, this.sources.find(source)), "webhooks take POST, not " + request.method().name()));
	}

	/**
	 * The source's metric tag: its name when it is a configured webhook or syslog source,
	 * else {@code unknown}.
	 */
	private String tag(String source, Optional<Sources.Source> configured) {
		return (configured.isPresent() || this.relay.has(source)) ? source : IngestMetrics.UNKNOWN_SOURCE;
	}

	private Mono<Accepted> receive(String source, Optional<Sources.Source> found, ServerHttpRequest request) {
		if (found.isEmpty() && this.relay.has(source)) {
			return relayed(source, request);
		}
		Sources.Source configured = sourceFor(source, found);
		configured.guard().checkHeaders(request.getHeaders());
		checkContentType(source, request.getHeaders());
		return this.requests.body(source, request).map((body) -> {
			configured.guard().checkSignature(request.getHeaders(), body);
			return readTree(source, body);
		})
			.switchIfEmpty(Mono.error(() -> badRequest(source, "the body is empty")))
			.doOnNext((body) -> configured.guard().checkSharedSecret(body))
			.flatMap((body) -> accept(configured, body, request.getRemoteAddress()));
	}

	/**
	 * Syslog lines a relay forwards for a syslog source: its bearer token, text/plain,
	 * one message a line.
	 */
	private Mono<Accepted> relayed(String source, ServerHttpRequest request) {
		if (!this.relay.enabled(source)) {
			throw new WebhookRejectedException(IngestOutcome.UNKNOWN_SOURCE, source, "syslog source '" + source
					+ "' takes relayed lines only when bridge.syslog.sources." + source + ".token is set");
		}
		String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !this.relay.accepts(source, authorization)) {
			throw new WebhookRejectedException(IngestOutcome.UNAUTHORIZED, source,
					(authorization == null) ? "send an Authorization header" : "the credentials are not valid");
		}
		MediaType type = WebhookRequests.contentType(source, request.getHeaders()).orElse(null);
		if (type != null && !MediaType.TEXT_PLAIN.equalsTypeAndSubtype(type)) {
			throw new WebhookRejectedException(IngestOutcome.UNSUPPORTED_MEDIA_TYPE, source,
					"send Content-Type: text/plain, one syslog message a line, not " + type);
		}
		InetAddress relay = Optional.ofNullable(request.getRemoteAddress())
			.map(InetSocketAddress::getAddress)
			.orElse(InetAddress.getLoopbackAddress());
		return this.requests.body(source, request).defaultIfEmpty(new byte[0]).flatMap((body) -> {
			List<Alert> alerts = this.relay.read(source, relay, new String(body, StandardCharsets.UTF_8));
			if (alerts.isEmpty()) {
				this.metrics.request(source, IngestOutcome.ACCEPTED);
				return Mono.just(Accepted.of(alerts));
			}
			return this.intake.admit(alerts).map((admission) -> answer(source, alerts, admission));
		});
	}

	private Sources.Source sourceFor(String source, Optional<Sources.Source> found) {
		Sources.Source configured = found.orElseThrow(() -> new WebhookRejectedException(IngestOutcome.UNKNOWN_SOURCE,
				IngestMetrics.UNKNOWN_SOURCE, "no alert source is called '" + abbreviate(source) + "'; configured: "
						+ new TreeSet<>(this.sources.names())));
		if (!configured.guard().enabled()) {
			throw new WebhookRejectedException(IngestOutcome.UNKNOWN_SOURCE, source, "source '" + source
					+ "' is not enabled: set bridge.ingest.sources." + source + ".token (or username and password)");
		}
		return configured;
	}

	/**
	 * JSON under any JSON type, or plain text: some appliances send their templated JSON
	 * as text/plain. A form or XML body is refused, so a bare {@code curl -d} gets a
	 * clear 415 instead of a confusing 400.
	 */
	private void checkContentType(String source, HttpHeaders headers) {
		MediaType type = WebhookRequests.contentType(source, headers).orElse(null);
		boolean json = type == null || MediaType.APPLICATION_JSON.isCompatibleWith(type)
				|| type.getSubtype().endsWith("+json") || "json".equals(type.getSubtype())
				|| MediaType.TEXT_PLAIN.equalsTypeAndSubtype(type);
		if (!json) {
			throw new WebhookRejectedException(IngestOutcome.UNSUPPORTED_MEDIA_TYPE, source,
					"send Content-Type: application/json, not " + type);
		}
	}

	private JsonNode readTree(String source, byte[] body) {
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw badRequest(source, "the body is not valid JSON: " + ex.getOriginalMessage());
		}
	}

	private Mono<Accepted> accept(Sources.Source source, JsonNode body, @Nullable InetSocketAddress sender) {
		Instant now = this.clock.instant();
		List<Alert> alerts;
		try {
			List<Alert> parsed = source.adapter().parse(source.settings(), body, now);
			alerts = (sender != null && sender.getAddress() != null)
					? parsed.stream().map((alert) -> alert.from(sender.getAddress())).toList() : parsed;
		}
		catch (InvalidPayloadException | IllegalArgumentException ex) {
			throw badRequest(source.name(), ex.getMessage());
		}
		return this.intake.admit(alerts).map((admission) -> answer(source.name(), alerts, admission));
	}

	private Accepted answer(String source, List<Alert> alerts, Intake.Admission admission) {
		if (admission != Intake.Admission.ACCEPTED) {
			throw new WebhookRejectedException(IngestOutcome.QUEUE_FULL, source,
					(admission == Intake.Admission.CLOSED) ? "the bridge is shutting down; retry later"
							: "the bridge owes Halo too many writes to take " + alerts.size()
									+ " more alerts now; retry later");
		}
		this.metrics.request(source, IngestOutcome.ACCEPTED);
		this.metrics.received(alerts);
		logger.debug("Webhook accepted: source={} alerts={}", source, alerts.size());
		return Accepted.of(alerts);
	}

	private static WebhookRejectedException badRequest(String source, String detail) {
		return new WebhookRejectedException(IngestOutcome.BAD_REQUEST, source, detail);
	}

	/**
	 * A caller-chosen path segment, made safe to echo: short, and without control
	 * characters that could forge log lines.
	 */
	private static String abbreviate(String text) {
		return WebhookRequests.abbreviate(text, 40);
	}

}
