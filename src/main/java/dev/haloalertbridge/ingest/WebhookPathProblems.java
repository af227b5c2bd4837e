package dev.haloalertbridge.ingest;

import java.net.URI;

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
 * Requests under {@code /webhooks/} that reach no route: paths that name no source, such
 * as {@code /webhooks/a/b}. They fail before the webhook route is chosen, so it does not
 * answer them; here they get the same problem+json, with the documented type, and are
 * counted like every other webhook answer. (Another method than POST on a source's path
 * is the route's own 405.) Other paths keep Spring's own answers, with their path.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhookPathProblems {

	private static final String PREFIX = "/webhooks/";

	private final WebhookProblems problems;

	WebhookPathProblems(WebhookProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(MethodNotAllowedException.class)
	ResponseEntity<ProblemDetail> methodNotAllowed(MethodNotAllowedException ex, ServerWebExchange exchange) {
		return spring(ex, exchange);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NoResourceFoundException ex, ServerWebExchange exchange) {
		if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith(PREFIX)) {
			return spring(ex, exchange);
		}
		return this.problems.rejected(new WebhookRejectedException(IngestOutcome.UNKNOWN_SOURCE,
				IngestMetrics.UNKNOWN_SOURCE, "no alert source answers at this path; post to /webhooks/<source>"));
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
