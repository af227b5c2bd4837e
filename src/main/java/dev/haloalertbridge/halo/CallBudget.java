package dev.haloalertbridge.halo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How many calls Halo takes now, and when the next one may go. Hosted Halo allows a fixed
 * number of calls in any <em>rolling</em> window (300 in 5 minutes) and answers 429
 * beyond it. A token bucket refilled at a steady rate would let a full bucket plus a
 * window's refill through in one window, twice the limit; so each spent call comes back
 * exactly one window after it was spent, which is the rolling rule itself. The same holds
 * for Resilience4j's rate limiter, whose fixed cycles let a burst at the end of one cycle
 * meet a burst at the start of the next.
 * <p>
 * A 429 pauses everything until a given time. Background calls may not take the last
 * {@code backgroundReserve} calls of the window, so lookups never starve ticket writes.
 * Pure and clock-free: every method is told the time, so tests move it by hand.
 */
final class CallBudget {

	private final int limit;

	private final Duration window;

	private final int backgroundReserve;

	private final Deque<Instant> spent = new ArrayDeque<>();

	private Instant pausedUntil = Instant.MIN;

	/**
	 * A budget.
	 * @param limit the calls allowed in any window, after the safety margin
	 * @param window the rolling window
	 * @param backgroundReserve calls at the end of the window that background calls may
	 * not take
	 */
	CallBudget(int limit, Duration window, int backgroundReserve) {
		if (limit < 1 || window.isNegative() || window.isZero() || backgroundReserve < 0
				|| backgroundReserve >= limit) {
			throw new IllegalArgumentException(
					"a budget needs a positive limit and window, and a reserve below the limit");
		}
		this.limit = limit;
		this.window = window;
		this.backgroundReserve = backgroundReserve;
	}

	/**
	 * Spends one call if the lane may make one now.
	 * @param lane the caller's lane
	 * @param now the current time
	 * @return whether the call may go
	 */
	synchronized boolean tryAcquire(Lane lane, Instant now) {
		if (!permitAt(lane, now).equals(now)) {
			return false;
		}
		this.spent.addLast(now);
		return true;
	}

	/**
	 * When the lane may make its next call: {@code now} if at once.
	 * @param lane the caller's lane
	 * @param now the current time
	 * @return the earliest time a call may go
	 */
	synchronized Instant permitAt(Lane lane, Instant now) {
		prune(now);
		int usable = (lane == Lane.BACKGROUND) ? this.limit - this.backgroundReserve : this.limit;
		Instant at = now;
		if (this.spent.size() >= usable) {
			// The call that frees a place is the (size - usable + 1)-th oldest.
			int index = this.spent.size() - usable;
			Instant freeing = this.spent.stream().skip(index).findFirst().orElseThrow();
			at = freeing.plus(this.window);
		}
		return this.pausedUntil.isAfter(at) ? this.pausedUntil : at;
	}

	/**
	 * Stops every lane until the given time (Halo answered 429).
	 * @param until when calls may go again
	 */
	synchronized void pauseUntil(Instant until) {
		if (until.isAfter(this.pausedUntil)) {
			this.pausedUntil = until;
		}
	}

	/**
	 * Calls left in the window now for the foreground lanes; 0 while paused.
	 * @param now the current time
	 * @return calls that may go at once
	 */
	synchronized int remaining(Instant now) {
		prune(now);
		return now.isBefore(this.pausedUntil) ? 0 : Math.max(0, this.limit - this.spent.size());
	}

	/**
	 * Whether a 429 pause is in force.
	 * @param now the current time
	 * @return whether paused
	 */
	synchronized boolean paused(Instant now) {
		return now.isBefore(this.pausedUntil);
	}

	int limit() {
		return this.limit;
	}

	private void prune(Instant now) {
		Instant oldestKept = now.minus(this.window);
		while (!this.spent.isEmpty() && !this.spent.peekFirst().isAfter(oldestKept)) {
			this.spent.removeFirst();
		}
	}

}
