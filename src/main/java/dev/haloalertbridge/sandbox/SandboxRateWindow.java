package dev.haloalertbridge.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Halo's rolling-window rate limit: at most {@code limit} accepted requests in any
 * {@code window}. Refused requests do not count, so the window drains as time passes. A
 * refusal says how long until the oldest counted request leaves the window, which is when
 * the next request can get in; all of it is read from the injected clock.
 */
final class SandboxRateWindow {

	private final Deque<Instant> accepted = new ArrayDeque<>();

	private final Clock clock;

	private final int limit;

	private final Duration window;

	SandboxRateWindow(Clock clock, int limit, Duration window) {
		this.clock = clock;
		this.limit = limit;
		this.window = window;
	}

	/**
	 * Counts the request if the window has room.
	 * @return empty if the request was counted; otherwise how long until the window has
	 * room again (always positive)
	 */
	synchronized Optional<Duration> acquireOrWait() {
		Instant now = this.clock.instant();
		prune(now);
		if (this.accepted.size() >= this.limit) {
			return Optional.of(Duration.between(now, this.accepted.peekFirst().plus(this.window)));
		}
		this.accepted.addLast(now);
		return Optional.empty();
	}

	synchronized int inWindow() {
		prune(this.clock.instant());
		return this.accepted.size();
	}

	synchronized void clear() {
		this.accepted.clear();
	}

	/**
	 * The text Halo answers a 429 with, for example "... 300 Requests per rolling 5
	 * minute window".
	 */
	String message() {
		return "Rate Limit Reached - " + this.limit + " Requests per rolling " + windowText() + " window";
	}

	private String windowText() {
		long seconds = this.window.toSeconds();
		return (seconds % 60 == 0) ? (seconds / 60) + " minute" : seconds + " second";
	}

	private void prune(Instant now) {
		Instant oldestKept = now.minus(this.window);
		while (!this.accepted.isEmpty() && !this.accepted.peekFirst().isAfter(oldestKept)) {
			this.accepted.removeFirst();
		}
	}

}
