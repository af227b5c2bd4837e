package dev.haloalertbridge.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/halo}: the connection checklist as a health component. It is
 * not in the readiness group: while Halo is down the bridge keeps accepting alerts and
 * owes the writes. The checklist is run at most once per {@code bridge.check.interval},
 * so health probes do not spend Halo's call budget.
 */
@Component("halo")
class HaloHealthIndicator implements ReactiveHealthIndicator {

	private final ConnectionCheck check;

	private final Clock clock;

	private final Duration interval;

	private final AtomicReference<@Nullable Cached> last = new AtomicReference<>();

	HaloHealthIndicator(ConnectionCheck check, Clock clock, CheckProperties properties) {
		this.check = check;
		this.clock = clock;
		this.interval = properties.interval();
	}

	@Override
	public Mono<Health> health() {
		Instant now = this.clock.instant();
		Cached cached = this.last.get();
		if (cached != null && now.isBefore(cached.at().plus(this.interval))) {
			return Mono.just(cached.health());
		}
		return this.check.run()
			.map(HaloHealthIndicator::health)
			.doOnNext((health) -> this.last.set(new Cached(health, now)));
	}

	static Health health(List<Check> checks) {
		boolean failed = checks.stream().anyMatch((check) -> check.outcome() == Check.Outcome.FAILED);
		Health.Builder builder = failed ? Health.down() : Health.up();
		checks.forEach((check) -> builder.withDetail(check.name(), check.outcome().tag() + ": " + check.detail()));
		return builder.build();
	}

	private record Cached(Health health, Instant at) {

	}

}
