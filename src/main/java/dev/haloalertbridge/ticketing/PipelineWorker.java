package dev.haloalertbridge.ticketing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.ingest.AlertQueue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The single consumer of the queue. Alerts and sweep ticks are merged into one stream
 * processed one at a time; a tick that arrives while work is in progress is dropped (the
 * next one will do). On shutdown the queue stops taking alerts and the worker drains it,
 * for at most the configured timeout, before the web server stops.
 */
@Component
class PipelineWorker implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PipelineWorker.class);

	private final AlertQueue queue;

	private final AlertPipeline pipeline;

	private final TicketingProperties properties;

	private Sinks.Empty<Void> stopping = Sinks.empty();

	private @Nullable CompletableFuture<Void> processing;

	PipelineWorker(AlertQueue queue, AlertPipeline pipeline, TicketingProperties properties) {
		this.queue = queue;
		this.pipeline = pipeline;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		this.queue.reopen();
		this.stopping = Sinks.empty();
		Flux<Mono<Void>> alerts = this.queue.alerts().map(this::process);
		Flux<Mono<Void>> ticks = Flux.interval(this.properties.sweepInterval())
			.onBackpressureDrop()
			.takeUntilOther(this.stopping.asMono())
			.map((tick) -> this.pipeline.sweep());
		this.processing = Flux.merge(alerts, ticks)
			.concatMap((work) -> work.onErrorResume(this::unexpected), 1)
			.then()
			.toFuture();
	}

	private Mono<Void> process(Alert alert) {
		// done() is part of the sequence, not a doFinally, so a drain that has completed
		// has counted it.
		return Mono.defer(() -> this.pipeline.handle(alert))
			.onErrorResume(this::unexpected)
			.then(Mono.fromRunnable(this.queue::done));
	}

	private Mono<Void> unexpected(Throwable ex) {
		logger.error("Pipeline step failed unexpectedly; continuing", ex);
		return Mono.empty();
	}

	@Override
	public synchronized void stop() {
		this.queue.close();
		this.stopping.tryEmitEmpty();
		try {
			if (this.processing != null) {
				this.processing.get(this.properties.drainTimeout().toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (TimeoutException ex) {
			logger.warn(
					"Shutdown drain timed out: {} alerts were not processed (direct mode keeps the queue in memory)",
					this.queue.depth());
		}
		catch (ExecutionException ex) {
			logger.error("Pipeline ended with an error", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.processing = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.processing != null;
	}

	@Override
	public int getPhase() {
		// Stops before the web server's graceful shutdown phase completes, starts after
		// beans are ready.
		return SmartLifecycle.DEFAULT_PHASE - 512;
	}

}
