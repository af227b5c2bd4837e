package dev.haloalertbridge.halo;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The one gate every Halo call passes, token calls included: it owns the call budget, the
 * lanes, the pause after a 429, the retry and circuit breaker policies named {@code halo}
 * in {@code application.yaml}, and their metrics. Callers say what they want and how
 * urgent it is, never how to retry.
 * <p>
 * The gate never waits: a call the budget cannot take now fails at once with a
 * {@link HaloDeferredException} saying when it may go, and the caller (the outbox) holds
 * the work until then. Only I/O errors and 5xx are retried per call; a 429 pauses every
 * lane, for {@code Retry-After} when Halo gives one, and is never retried per call.
 */
@Component
class HaloGate {

	private static final Logger logger = LoggerFactory.getLogger(HaloGate.class);

	private final CallBudget budget;

	private final Clock clock;

	private final HaloMetrics metrics;

	private final HaloProperties.Budget settings;

	private final Retry retry;

	private final CircuitBreaker circuitBreaker;

	HaloGate(HaloProperties properties, Clock clock, HaloMetrics metrics, RetryRegistry retries,
			CircuitBreakerRegistry breakers) {
		this.settings = properties.budget();
		this.budget = new CallBudget(this.settings.usable(), this.settings.window(), this.settings.backgroundReserve());
		this.clock = clock;
		this.metrics = metrics;
		this.retry = retries.retry("halo");
		this.circuitBreaker = breakers.circuitBreaker("halo");
		metrics.budget(this.budget.limit(), () -> this.budget.remaining(clock.instant()));
	}

	/**
	 * Spends one call of the budget for a request about to be sent.
	 * @param operation the call
	 * @param lane how urgent it is
	 * @return completes empty when the call may go, or fails with
	 * {@link HaloDeferredException}
	 */
	Mono<Void> permit(HaloOperation operation, Lane lane) {
		return Mono.defer(() -> {
			Instant now = this.clock.instant();
			if (this.budget.tryAcquire(lane, now)) {
				return Mono.empty();
			}
			this.metrics.deferred(lane);
			String why = this.budget.paused(now) ? "paused after Halo's 429" : "call budget spent";
			return Mono.error(new HaloDeferredException(operation, why, this.budget.permitAt(lane, now)));
		});
	}

	/**
	 * Runs one call under the policies: each attempt (which takes its own
	 * {@link #permit}) is retried only for I/O errors and 5xx, counts towards the circuit
	 * breaker, and a 429 pauses every lane.
	 * @param <T> the result type
	 * @param operation the call
	 * @param attempt one attempt, permit included
	 * @return the result
	 */
	<T> Mono<T> call(HaloOperation operation, Mono<T> attempt) {
		AtomicInteger attempts = new AtomicInteger();
		return Mono.defer(() -> {
			if (attempts.getAndIncrement() > 0) {
				this.metrics.retry(operation);
			}
			return attempt;
		})
			.transformDeferred(CircuitBreakerOperator.of(this.circuitBreaker))
			.transformDeferred(RetryOperator.of(this.retry))
			.onErrorMap(HaloRateLimitedException.class, this::pause);
	}

	private HaloDeferredException pause(HaloRateLimitedException ex) {
		Instant now = this.clock.instant();
		Instant until = now.plus(ex.retryAfter().orElse(this.settings.pause()));
		boolean wasPaused = this.budget.paused(now);
		this.budget.pauseUntil(until);
		this.metrics.rateLimited(!wasPaused);
		if (!wasPaused) {
			logger.warn("Halo answered 429; every call waits until {} (Retry-After {})", until,
					ex.retryAfter().map(Object::toString).orElse("absent"));
		}
		return new HaloDeferredException(ex.operation(), "Halo answered 429", until);
	}

	/**
	 * When a call of the lane could go, for a caller that plans its next attempt.
	 * @param lane the lane
	 * @return now, or the time the budget or a pause allows it
	 */
	Instant permitAt(Lane lane) {
		return this.budget.permitAt(lane, this.clock.instant());
	}

}
