package dev.haloalertbridge.ingest;

import java.net.URI;
import java.util.Optional;

import dev.haloalertbridge.ingest.syslog.SyslogRelay;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Requests under {@code /webhooks/} that reach no handler: another method than POST (a
 * browser's GET, a sender set to PUT) and paths that name no source, such as
 * {@code /webhooks/a/b}. They fail before the webhook controller is chosen, so
 * {@link WebhookProblems} does not see them; here they get the same problem+json, with
 * the documented type, and are counted like every other webhook answer. Other paths keep
 * Spring's own answers.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhookPathProblems {

	private static final String PREFIX = "/webhooks/";

	private final WebhookProblems problems;

	private final Sources sources;

	private final SyslogRelay relay;

	WebhookPathProblems(WebhookProblems problems, Sources sources, SyslogRelay relay) {
		this.problems = problems;
		this.sources = sources;
		this.relay = relay;
	}

	@ExceptionHandler(MethodNotAllowedException.class)
	ResponseEntity<ProblemDetail> methodNotAllowed(MethodNotAllowedException ex, ServerWebExchange exchange) {
		return webhookPath(exchange)
			.map((path) -> this.problems.rejected(new WebhookRejectedException(IngestOutcome.METHOD_NOT_ALLOWED,
					sourceTag(path), "webhooks take POST, not " + exchange.getRequest().getMethod().name())))
			.orElseGet(() -> spring(ex, exchange));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NoResourceFoundException ex, ServerWebExchange exchange) {
		return webhookPath(exchange)
			.map((path) -> this.problems.rejected(new WebhookRejectedException(IngestOutcome.UNKNOWN_SOURCE,
					IngestMetrics.UNKNOWN_SOURCE, "no alert source answers at this path; post to /webhooks/<source>")))
			.orElseGet(() -> spring(ex, exchange));
	}

	/**
	 * What follows {@code /webhooks/}, without a trailing slash, when the request is
	 * under it.
	 */
	private static Optional<String> webhookPath(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		return path.startsWith(PREFIX) ? Optional.of(path.substring(PREFIX.length()).replaceAll("/+$", ""))
				: Optional.empty();
	}

	/**
	 * The source a path names, for the metric tag; {@code unknown} unless it is a
	 * configured one, so a caller cannot invent tag values.
	 */
	private String sourceTag(String path) {
		boolean known = this.sources.find(path).isPresent() || this.relay.has(path);
		return known ? path : IngestMetrics.UNKNOWN_SOURCE;
	}

	/**
	 * The answer Spring gives elsewhere: the exception's own problem, for the request's
	 * path.
	 */
	private static ResponseEntity<ProblemDetail> spring(ErrorResponse ex, ServerWebExchange exchange) {
		ProblemDetail problem = ex.getBody();
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		}
		return ResponseEntity.status(ex.getStatusCode()).headers(ex.getHeaders()).body(problem);
	}

}
