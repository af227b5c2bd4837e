package dev.haloalertbridge.ops;

import java.net.URI;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a refused admin request with RFC 9457 problem+json, counts it and logs it once.
 */
@RestControllerAdvice(assignableTypes = AdminController.class)
class AdminProblems {

	private static final Logger logger = LoggerFactory.getLogger(AdminProblems.class);

	private final MeterRegistry registry;

	AdminProblems(MeterRegistry registry) {
		this.registry = registry;
	}

	@ExceptionHandler(AdminRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(AdminRejectedException ex) {
		String outcome = ex.status().name().toLowerCase(Locale.ROOT);
		AdminController.counter(this.registry, ex.endpoint(), outcome).increment();
		logger.warn("Admin request refused: endpoint={} status={} detail={}", ex.endpoint(), ex.status().value(),
				ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setType(URI.create("urn:halo-alert-bridge:problem:admin-" + outcome.replace('_', '-')));
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (ex.status().value() == 401) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"halo-alert-bridge-admin\"");
		}
		return response.body(problem);
	}

}
