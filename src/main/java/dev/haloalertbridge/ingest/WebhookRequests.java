package dev.haloalertbridge.ingest;

import java.util.Optional;
import java.util.concurrent.TimeoutException;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.channel.AbortedException;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * What the webhook controller reads off the wire before a source sees it: the media type
 * and the body, within the configured size and time. Whatever goes wrong here is the
 * sender's doing (a header that is no media type, a body too large, a sender that hangs
 * up or stalls), so each becomes a {@link WebhookRejectedException} with its outcome,
 * never a 500.
 */
final class WebhookRequests {

	private final IngestProperties properties;

	WebhookRequests(IngestProperties properties) {
		this.properties = properties;
	}

	/**
	 * At most the configured body size, as bytes; a larger body is a 413.
	 */
	Mono<byte[]> body(String source, ServerHttpRequest request) {
		long limit = this.properties.maxBodySize().toBytes();
		if (request.getHeaders().getContentLength() > limit) {
			return Mono.error(tooLarge(source));
		}
		// Reactor Netty waits for a body for ever: a sender that stalls, or trickles it,
		// is cut off here. Each timed source is named: unnamed, Reactor derives a name
		// for the timeout's message by walking the chain with a regex, on every request.
		// The timers run on the connection's event loop (ConnectionTimers).
		Scheduler timer = ConnectionTimers.of(request);
		Flux<DataBuffer> chunks = request.getBody().name("webhook-body").timeout(this.properties.readTimeout(), timer);
		return DataBufferUtils.join(chunks, (int) Math.min(limit, Integer.MAX_VALUE))
			.name("webhook-body-joined")
			.timeout(this.properties.requestTimeout(), timer)
			.onErrorMap(DataBufferLimitException.class, (ex) -> tooLarge(source))
			.onErrorMap(AbortedException.class,
					(ex) -> new WebhookRejectedException(IngestOutcome.ABORTED, source,
							"the sender closed the connection before the body was complete"))
			.onErrorMap(TimeoutException.class,
					(ex) -> new WebhookRejectedException(IngestOutcome.TIMED_OUT, source,
							"the body did not arrive in time (bridge.ingest.read-timeout "
									+ DurationStyle.SIMPLE.print(this.properties.readTimeout())
									+ " between reads, request-timeout "
									+ DurationStyle.SIMPLE.print(this.properties.requestTimeout()) + " in all)"))
			.map((buffer) -> {
				try (var stream = buffer.asInputStream(true)) {
					return stream.readAllBytes();
				}
				catch (java.io.IOException ex) {
					throw new WebhookRejectedException(IngestOutcome.BAD_REQUEST, source, "unreadable body");
				}
			});
	}

	/**
	 * The request's media type; a header that is not one (a bare word, a list, an unknown
	 * or empty charset) is the sender's mistake, answered 415 like a wrong type.
	 */
	static Optional<MediaType> contentType(String source, HttpHeaders headers) {
		try {
			return Optional.ofNullable(headers.getContentType());
		}
		catch (InvalidMediaTypeException ex) {
			throw new WebhookRejectedException(IngestOutcome.UNSUPPORTED_MEDIA_TYPE, source,
					"the Content-Type is not a valid media type (" + abbreviate(ex.getMessage(), 160)
							+ "); send Content-Type: application/json");
		}
	}

	private WebhookRejectedException tooLarge(String source) {
		return new WebhookRejectedException(IngestOutcome.TOO_LARGE, source,
				"the body is larger than " + this.properties.maxBodySize());
	}

	/**
	 * Text a caller chose, made safe to echo: short, and without control characters that
	 * could forge log lines.
	 */
	static String abbreviate(String text, int length) {
		String safe = text.replaceAll("\\p{Cntrl}", "?");
		return (safe.length() > length) ? safe.substring(0, length) + "..." : safe;
	}

}
