package dev.haloalertbridge.ticketing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.haloalertbridge.halo.HaloApi;
import dev.haloalertbridge.halo.Lane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs owed writes one at a time (Halo numbers tickets racily under concurrent creates),
 * most urgent first, until nothing is due or the budget says wait. It wakes when work is
 * owed and every {@code bridge.outbox.poll-interval} to see whether the head of the
 * outbox fell due; that look costs the same however much is owed. On shutdown the intake
 * closes first, and what is due is written, for at most the drain timeout.
 */
@Component
class OutboxWorker implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxWorker.class);

	private final Outbox outbox;

	private final TicketWriter writer;

	private final DirectIntake intake;

	private final OutboxProperties properties;

	private final TicketingProperties ticketing;

	private final Clock clock;

	private final HaloApi halo;

	private volatile Instant heldUntil = Instant.MIN;

	private final AtomicBoolean wakePending = new AtomicBoolean();

	private final Object wakeLock = new Object();

	private final AtomicInteger busy = new AtomicInteger();

	private Sinks.Many<Boolean> wakes = Sinks.many().unicast().onBackpressureBuffer();

	private Sinks.Empty<Void> stopping = Sinks.empty();

	private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);

	private Scheduler writerThread = Schedulers.immediate();

	private boolean running;

	OutboxWorker(Outbox outbox, TicketWriter writer, DirectIntake intake, OwedWork owed, OutboxProperties properties,
			TicketingProperties ticketing, Clock clock, HaloApi halo) {
		this.halo = halo;
		this.outbox = outbox;
		this.writer = writer;
		this.intake = intake;
		this.properties = properties;
		this.ticketing = ticketing;
		this.clock = clock;
		owed.onWork(this::wake);
	}

	@Override
	public synchronized void start() {
		synchronized (this.wakeLock) {
			this.wakes = Sinks.many().unicast().onBackpressureBuffer();
			this.wakePending.set(false);
		}
		this.stopping = Sinks.empty();
		Flux<Boolean> ticks = Flux.interval(this.properties.pollInterval())
			.onBackpressureDrop()
			.takeUntilOther(this.stopping.asMono())
			.map((tick) -> Boolean.TRUE);
		// Passes run on the writer's own thread, never on the webhook's event loop that
		// woke it: building a ticket's text must not delay the next 202.
		this.writerThread = Schedulers.newSingle("outbox-writer", true);
		this.writing = Flux.merge(this.wakes.asFlux(), ticks)
			.onBackpressureDrop()
			.publishOn(this.writerThread, 1)
			.concatMap((wake) -> track(drain()), 1)
			.then()
			.toFuture();
		this.intake.open();
		this.running = true;
	}

	/**
	 * Asks for a pass over what is due; wake-ups while one is pending are folded into it.
	 */
	void wake() {
		synchronized (this.wakeLock) {
			if (this.wakePending.compareAndSet(false, true)) {
				this.wakes.tryEmitNext(Boolean.TRUE);
			}
		}
	}

	/**
	 * Writes what is due, most urgent first, until nothing is due or the budget defers a
	 * write (it is owed again from the time the budget allows).
	 */
	private Mono<Void> drain() {
		return Mono.defer(() -> {
			this.wakePending.set(false);
			return Mono.defer(this::step).repeat().takeWhile(Boolean::booleanValue).then();
		});
	}

	private Mono<Boolean> step() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.heldUntil)) {
			return Mono.just(false);
		}
		Optional<OwedWrite> next = this.outbox.takeDue(now);
		if (next.isEmpty()) {
			return Mono.just(false);
		}
		Instant ready = this.halo.readyAt(next.get().lane());
		// Read the clock again: the budget answers from its own reading, a moment later.
		if (ready.isAfter(this.clock.instant())) {
			// The most urgent write cannot go yet, so nothing behind it can either: hold
			// until the budget allows, without asking Halo.
			hold(next.get(), ready);
			return Mono.just(false);
		}
		return this.writer.write(next.get()).map((result) -> {
			if (result == WriteFailures.Result.DEFERRED) {
				this.heldUntil = this.halo.readyAt(Lane.CRITICAL_CREATE);
				return false;
			}
			return true;
		});
	}

	private void hold(OwedWrite write, Instant until) {
		this.outbox.schedule(write);
		this.heldUntil = until;
		logger.debug("Halo call budget spent; owed writes wait until {}", until);
	}

	/**
	 * When the next pass has work: the earliest due write, or the end of a hold by the
	 * budget if that is later.
	 * @return the time, or empty when nothing is owed
	 */
	Optional<Instant> nextWake() {
		return this.outbox.nextDue().map((due) -> due.isAfter(this.heldUntil) ? due : this.heldUntil);
	}

	private Mono<Void> track(Mono<Void> work) {
		return Mono.defer(() -> {
			this.busy.incrementAndGet();
			// Before the completion travels on (doFinally would run after it), so whoever
			// waits for the pass sees it done.
			return work.onErrorResume(this::unexpected)
				.doOnTerminate(this.busy::decrementAndGet)
				.doOnCancel(this.busy::decrementAndGet);
		});
	}

	private Mono<Void> unexpected(Throwable ex) {
		logger.error("Outbox pass failed unexpectedly; continuing", ex);
		return Mono.empty();
	}

	/**
	 * Whether nothing is being written and nothing can be now (not due, or held by the
	 * budget): for tests and benchmarks that must not overlap.
	 * @return whether the writer is idle
	 */
	boolean idle() {
		Instant now = this.clock.instant();
		return this.busy.get() == 0 && nextWake().map((due) -> due.isAfter(now)).orElse(true);
	}

	@Override
	public synchronized void stop() {
		long deadline = System.nanoTime() + this.ticketing.drainTimeout().toNanos();
		this.intake.close();
		synchronized (this.wakeLock) {
			this.wakes.tryEmitNext(Boolean.TRUE);
			this.wakes.tryEmitComplete();
		}
		this.stopping.tryEmitEmpty();
		boolean drained = await(this.writing, deadline);
		this.writerThread.dispose();
		if (!drained || this.outbox.size() > 0) {
			logger.warn("Stopping with {} Halo writes owed (due later, or the drain timed out after {});"
					+ " direct mode keeps them in memory", this.outbox.size(), this.ticketing.drainTimeout());
		}
		this.running = false;
	}

	private static boolean await(CompletableFuture<Void> future, long deadline) {
		try {
			future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			logger.error("Outbox worker ended with an error", ex.getCause());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Above the web server's phases: starts after it and stops (draining) before it.
		return SmartLifecycle.DEFAULT_PHASE - 512;
	}

}
