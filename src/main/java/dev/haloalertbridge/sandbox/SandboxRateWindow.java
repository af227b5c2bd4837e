package dev.haloalertbridge.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Halo's rolling-window rate limit: at most {@code limit} accepted requests in any
 * {@code window}. Refused requests do not count, so the window drains as time passes.
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

	synchronized boolean tryAcquire() {
		Instant now = this.clock.instant();
		prune(now);
		if (this.accepted.size() >= this.limit) {
			return false;
		}
		this.accepted.addLast(now);
		return true;
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
