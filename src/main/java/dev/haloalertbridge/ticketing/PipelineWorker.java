package dev.haloalertbridge.ticketing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.dedupe.Decision;
import dev.haloalertbridge.ingest.AlertQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the two halves of the pipeline. The dedupe half consumes the queue and never waits
 * for Halo; the write half runs one Halo write at a time, woken by the dedupe half when a
 * write is owed and by the periodic sweep (a tick that arrives while a write runs is
 * dropped; the next one will do). On shutdown the queue stops taking alerts, and both
 * halves drain, for at most the configured timeout, before the web server stops.
 */
@Component
class PipelineWorker implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PipelineWorker.class);

	private final AlertQueue queue;

	private final DedupeStage dedupe;

	private final WriteStage writes;

	private final TicketingProperties properties;

	private final AtomicBoolean wakePending = new AtomicBoolean();

	private final Object wakeLock = new Object();

	private final AtomicInteger busy = new AtomicInteger();

	private Sinks.Many<Boolean> wakes = Sinks.many().unicast().onBackpressureBuffer();

	private Sinks.Empty<Void> stopping = Sinks.empty();

	private CompletableFuture<Void> deduplicating = CompletableFuture.completedFuture(null);

	private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);

	private boolean running;

	PipelineWorker(AlertQueue queue, DedupeStage dedupe, WriteStage writes, TicketingProperties properties) {
		this.queue = queue;
		this.dedupe = dedupe;
		this.writes = writes;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		this.queue.reopen();
		synchronized (this.wakeLock) {
			this.wakes = Sinks.many().unicast().onBackpressureBuffer();
			this.wakePending.set(false);
		}
		this.stopping = Sinks.empty();
		this.deduplicating = this.queue.alerts().doOnNext(this::deduplicate).then().toFuture();
		Flux<Mono<Void>> owed = this.wakes.asFlux().map((wake) -> Mono.defer(() -> {
			this.wakePending.set(false);
			return this.writes.writeOwed();
		}));
		Flux<Mono<Void>> ticks = Flux.interval(this.properties.sweepInterval())
			.onBackpressureDrop()
			.takeUntilOther(this.stopping.asMono())
			.map((tick) -> this.writes.sweep());
		this.writing = Flux.merge(owed, ticks).concatMap(this::track, 1).then().toFuture();
		this.running = true;
	}

	private void deduplicate(Alert alert) {
		try {
			Decision decision = this.dedupe.accept(alert);
			if (decision == Decision.NEW || decision == Decision.RETRY_CREATE || decision == Decision.RESOLVED) {
				wake();
			}
		}
		catch (RuntimeException ex) {
			logger.error("Dedupe failed unexpectedly: fingerprint={} source={}", alert.fingerprint(), alert.source(),
					ex);
		}
		finally {
			this.queue.done();
		}
	}

	private void wake() {
		// Its own lock, not the lifecycle's: stop() waits for the dedupe half, which
		// wakes the write half.
		synchronized (this.wakeLock) {
			if (this.wakePending.compareAndSet(false, true)) {
				this.wakes.tryEmitNext(Boolean.TRUE);
			}
		}
	}

	private Mono<Void> track(Mono<Void> work) {
		return Mono.defer(() -> {
			this.busy.incrementAndGet();
			return work.onErrorResume(this::unexpected).doFinally((signal) -> this.busy.decrementAndGet());
		});
	}

	private Mono<Void> unexpected(Throwable ex) {
		logger.error("Pipeline write failed unexpectedly; continuing", ex);
		return Mono.empty();
	}

	/**
	 * Whether nothing is queued, owed or being written: for tests that must not overlap.
	 * @return whether the pipeline is idle
	 */
	boolean idle() {
		return this.queue.depth() == 0 && this.writes.idle() && this.busy.get() == 0;
	}

	@Override
	public synchronized void stop() {
		long deadline = System.nanoTime() + this.properties.drainTimeout().toNanos();
		this.queue.close();
		await(this.deduplicating, deadline);
		synchronized (this.wakeLock) {
			this.wakes.tryEmitNext(Boolean.TRUE);
			this.wakes.tryEmitComplete();
		}
		this.stopping.tryEmitEmpty();
		if (!await(this.writing, deadline) || !this.writes.idle() || this.queue.depth() > 0) {
			logger.warn(
					"Shutdown drain timed out after {}: {} alerts not deduplicated, writes still owed: {}"
							+ " (direct mode keeps them in memory)",
					this.properties.drainTimeout(), this.queue.depth(), !this.writes.idle());
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
			logger.error("Pipeline ended with an error", ex.getCause());
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
