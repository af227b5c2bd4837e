package dev.haloalertbridge.halo;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

import io.netty.channel.ConnectTimeoutException;
import org.jspecify.annotations.Nullable;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Sends one request to Halo and turns its answer into JSON or a typed
 * {@link HaloException}: 2xx is success, 5xx is transient, 429 is a rate limit (with its
 * {@code Retry-After}, if Halo sent one), other 4xx are rejections, and I/O failures are
 * transient with an unknown outcome unless the connection was never made. Every request
 * is timed under its operation and status.
 */
@Component
class HaloHttp {

	private static final int MAX_MESSAGE = 300;

	private final HaloMetrics metrics;

	private final JsonMapper json;

	private final Duration deadline;

	private final Clock clock;

	HaloHttp(HaloMetrics metrics, JsonMapper json, HaloProperties properties, Clock clock) {
		this.metrics = metrics;
		this.json = json;
		this.clock = clock;
		// A backstop above the client's own timeouts, should a response trickle in
		// forever.
		this.deadline = properties.connectTimeout().plus(properties.responseTimeout()).plusSeconds(5);
	}

	Mono<JsonNode> exchange(HaloOperation operation, WebClient.RequestHeadersSpec<?> request) {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			return request.exchangeToMono((response) -> read(operation, response, started))
				.timeout(this.deadline)
				.onErrorMap((ex) -> !(ex instanceof HaloException), (ex) -> ioFailure(operation, ex, started));
		});
	}

	private Mono<JsonNode> read(HaloOperation operation, ClientResponse response, long started) {
		int status = response.statusCode().value();
		Optional<Duration> retryAfter = (status == 429)
				? retryAfter(response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER)) : Optional.empty();
		return response.bodyToMono(String.class).defaultIfEmpty("").map((body) -> {
			this.metrics.request(operation, HaloMetrics.statusTag(status),
					Duration.ofNanos(System.nanoTime() - started));
			if (status == 429) {
				throw new HaloRateLimitedException(operation, message(body), retryAfter);
			}
			return classify(operation, status, body);
		});
	}

	private JsonNode classify(HaloOperation operation, int status, String body) {
		if (status >= 200 && status < 300) {
			return parse(operation, body);
		}
		String message = message(body);
		if (status >= 500) {
			throw new HaloTransientException(operation, "Halo answered " + status + ": " + message, true, null);
		}
		throw new HaloRejectedException(operation, status, message);
	}

	/**
	 * {@code Retry-After} as delay-seconds or an HTTP date; anything else is ignored and
	 * the configured pause applies.
	 */
	private Optional<Duration> retryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String text = value.strip();
		try {
			return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration wait = Duration.between(this.clock.instant(), at);
				return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
			}
			catch (DateTimeParseException notADate) {
				return Optional.empty();
			}
		}
	}

	private JsonNode parse(HaloOperation operation, String body) {
		if (body.isBlank()) {
			return NullNode.getInstance();
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new HaloTransientException(operation, "Halo answered 2xx with a body that is not JSON", true, ex);
		}
	}

	/**
	 * Halo's error bodies come as a JSON string, an object with {@code Message},
	 * {@code errorMessage} or {@code error}, or plain text; whichever it is, a short
	 * readable message comes out.
	 */
	private String message(String body) {
		String text = body;
		try {
			JsonNode node = this.json.readTree(body);
			if (node.isString()) {
				text = node.asString();
			}
			else if (node.isObject()) {
				text = firstText(node, "Message", "errorMessage", "error_description", "error", "title");
			}
		}
		catch (JacksonException ex) {
			// not JSON: keep the text as it is
		}
		text = text.strip();
		return text.isEmpty() ? "(no body)" : (text.length() > MAX_MESSAGE) ? text.substring(0, MAX_MESSAGE) : text;
	}

	private static String firstText(JsonNode node, String... fields) {
		for (String field : fields) {
			if (node.path(field).isString()) {
				return node.path(field).asString();
			}
		}
		return node.toString();
	}

	private HaloTransientException ioFailure(HaloOperation operation, Throwable ex, long started) {
		Throwable cause = (ex instanceof WebClientRequestException) ? ex.getCause() : ex;
		boolean neverConnected = cause instanceof ConnectException || cause instanceof ConnectTimeoutException;
		boolean timedOut = cause instanceof ReadTimeoutException || cause instanceof TimeoutException;
		this.metrics.request(operation, timedOut ? "timeout" : "io_error",
				Duration.ofNanos(System.nanoTime() - started));
		String what = neverConnected ? "could not connect" : timedOut ? "timed out" : "I/O error";
		return new HaloTransientException(operation, what + " (" + cause.getClass().getSimpleName() + ")",
				!neverConnected, ex);
	}

}
