package dev.haloalertbridge.ingest;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Answers every refused webhook with RFC 9457 problem+json, counts it, and logs it once.
 * A 401 names the schemes a sender may use; a 503 says when to come back. The webhook
 * route answers its refusals here, and {@link WebhookPathProblems} the requests under
 * {@code /webhooks/} that reach no route.
 */
@Component
class WebhookProblems {

	private static final Logger logger = LoggerFactory.getLogger(WebhookProblems.class);

	private final IngestMetrics metrics;

	private final IngestProperties properties;

	WebhookProblems(IngestMetrics metrics, IngestProperties properties) {
		this.metrics = metrics;
		this.properties = properties;
	}

	/**
	 * The refusal as the webhook route's answer.
	 * @param ex the refusal
	 * @return the problem+json response
	 */
	Mono<ServerResponse> answer(WebhookRejectedException ex) {
		ResponseEntity<ProblemDetail> problem = rejected(ex);
		return ServerResponse.status(problem.getStatusCode())
			.headers((headers) -> headers.addAll(problem.getHeaders()))
			.bodyValue(problem.getBody());
	}

	/**
	 * A failure the bridge did not expect (a bug): a 500 problem, counted as
	 * {@code error} and logged with its stack trace. The detail does not echo the
	 * exception, whose message may carry anything.
	 * @param sourceTag the source tag: a configured source, or {@code unknown}
	 * @param ex the failure
	 * @return the problem+json response
	 */
	Mono<ServerResponse> failed(String sourceTag, Throwable ex) {
		this.metrics.request(sourceTag, IngestOutcome.ERROR);
		logger.error("Webhook failed unexpectedly: source={}", sourceTag, ex);
		return ServerResponse.status(IngestOutcome.ERROR.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problem(IngestOutcome.ERROR, sourceTag,
					"the bridge failed to take this webhook; the failure is logged. Retry later"));
	}

	/**
	 * Counts and logs a refusal and builds its problem.
	 * @param ex the refusal
	 * @return the problem, with its status and headers
	 */
	ResponseEntity<ProblemDetail> rejected(WebhookRejectedException ex) {
		IngestOutcome outcome = ex.outcome();
		this.metrics.request(ex.sourceTag(), outcome);
		if (outcome == IngestOutcome.ABORTED || outcome == IngestOutcome.TIMED_OUT) {
			// The sender's connection, not the bridge, failed: nothing to act on, so no
			// warning.
			logger.info("Webhook not completed: source={} outcome={} detail={}", ex.sourceTag(), outcome.tag(),
					ex.getMessage());
		}
		else {
			logger.warn("Webhook refused: source={} outcome={} detail={}", ex.sourceTag(), outcome.tag(),
					ex.getMessage());
		}
		ProblemDetail problem = problem(outcome, ex.sourceTag(), ex.getMessage());
		ResponseEntity.BodyBuilder response = ResponseEntity.status(outcome.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (outcome == IngestOutcome.UNAUTHORIZED) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"halo-alert-bridge\"",
					"Basic realm=\"halo-alert-bridge\"");
		}
		if (outcome == IngestOutcome.METHOD_NOT_ALLOWED) {
			response.allow(HttpMethod.POST);
		}
		if (outcome == IngestOutcome.QUEUE_FULL) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(this.properties.retryAfter().toSeconds()));
		}
		return response.body(problem);
	}

	/**
	 * The problem of an outcome: its status and title, a type named after it, and the
	 * source.
	 */
	private static ProblemDetail problem(IngestOutcome outcome, String sourceTag, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(outcome.status(), detail);
		problem.setTitle(outcome.title());
		problem.setType(URI.create("urn:halo-alert-bridge:problem:" + outcome.tag().replace('_', '-')));
		problem.setProperty("source", sourceTag);
		return problem;
	}

}
