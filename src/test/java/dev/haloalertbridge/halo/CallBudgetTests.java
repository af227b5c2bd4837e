package dev.haloalertbridge.halo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rolling-window budget, told the time by the test: no clock, no waiting.
 */
class CallBudgetTests {

	private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	private static final Duration WINDOW = Duration.ofMinutes(5);

	@Test
	void allowsTheLimitInAWindowAndNoMore() {
		CallBudget budget = new CallBudget(3, WINDOW, 0);
		assertThat(budget.tryAcquire(Lane.NOTE, T0)).isTrue();
		assertThat(budget.tryAcquire(Lane.NOTE, T0.plusSeconds(10))).isTrue();
		assertThat(budget.tryAcquire(Lane.NOTE, T0.plusSeconds(20))).isTrue();
		assertThat(budget.tryAcquire(Lane.CRITICAL_CREATE, T0.plusSeconds(30))).isFalse();
		assertThat(budget.remaining(T0.plusSeconds(30))).isZero();
	}

	@Test
	void eachSpentCallComesBackExactlyOneWindowAfterItWasSpent() {
		CallBudget budget = new CallBudget(2, WINDOW, 0);
		budget.tryAcquire(Lane.CREATE, T0);
		budget.tryAcquire(Lane.CREATE, T0.plusSeconds(100));
		assertThat(budget.permitAt(Lane.CREATE, T0.plusSeconds(120))).isEqualTo(T0.plus(WINDOW));
		assertThat(budget.tryAcquire(Lane.CREATE, T0.plus(WINDOW).minusMillis(1))).isFalse();
		assertThat(budget.tryAcquire(Lane.CREATE, T0.plus(WINDOW))).isTrue();
		// the second call frees its place only one window after it was spent
		assertThat(budget.permitAt(Lane.CREATE, T0.plus(WINDOW))).isEqualTo(T0.plusSeconds(100).plus(WINDOW));
	}

	@Test
	void noRollingWindowEverHoldsMoreThanTheLimit() {
		// a steady refill would let a full bucket and a window's refill through in one
		// window; the rolling budget never does
		CallBudget budget = new CallBudget(10, WINDOW, 0);
		int inLastWindow = 0;
		Deque<Instant> sent = new ArrayDeque<>();
		for (int second = 0; second < 1800; second++) {
			Instant now = T0.plusSeconds(second);
			while (budget.tryAcquire(Lane.CREATE, now)) {
				sent.addLast(now);
			}
			while (!sent.isEmpty() && !sent.peekFirst().isAfter(now.minus(WINDOW))) {
				sent.removeFirst();
			}
			inLastWindow = Math.max(inLastWindow, sent.size());
		}
		assertThat(inLastWindow).isEqualTo(10);
	}

	@Test
	void backgroundCallsLeaveTheReserveToTicketWrites() {
		CallBudget budget = new CallBudget(4, WINDOW, 2);
		assertThat(budget.tryAcquire(Lane.BACKGROUND, T0)).isTrue();
		assertThat(budget.tryAcquire(Lane.BACKGROUND, T0)).isTrue();
		assertThat(budget.tryAcquire(Lane.BACKGROUND, T0)).isFalse();
		assertThat(budget.permitAt(Lane.BACKGROUND, T0)).isEqualTo(T0.plus(WINDOW));
		assertThat(budget.tryAcquire(Lane.NOTE, T0)).isTrue();
		assertThat(budget.tryAcquire(Lane.CRITICAL_CREATE, T0)).isTrue();
		assertThat(budget.tryAcquire(Lane.CRITICAL_CREATE, T0)).isFalse();
	}

	@Test
	void pauseStopsEveryLaneUntilItEnds() {
		CallBudget budget = new CallBudget(300, WINDOW, 30);
		budget.pauseUntil(T0.plusSeconds(42));
		assertThat(budget.paused(T0)).isTrue();
		assertThat(budget.remaining(T0)).isZero();
		for (Lane lane : Lane.values()) {
			assertThat(budget.tryAcquire(lane, T0.plusSeconds(41))).isFalse();
			assertThat(budget.permitAt(lane, T0)).isEqualTo(T0.plusSeconds(42));
		}
		assertThat(budget.tryAcquire(Lane.NOTE, T0.plusSeconds(42))).isTrue();
		assertThat(budget.remaining(T0.plusSeconds(42))).isEqualTo(299);
	}

	@Test
	void aShorterPauseDoesNotCutALongerOneShort() {
		CallBudget budget = new CallBudget(300, WINDOW, 30);
		budget.pauseUntil(T0.plusSeconds(60));
		budget.pauseUntil(T0.plusSeconds(5));
		assertThat(budget.permitAt(Lane.CREATE, T0)).isEqualTo(T0.plusSeconds(60));
	}

	@Test
	void reserveMustLeaveRoomUnderTheLimit() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CallBudget(10, WINDOW, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new CallBudget(0, WINDOW, 0));
	}

}
