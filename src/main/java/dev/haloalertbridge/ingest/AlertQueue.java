package dev.haloalertbridge.ingest;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.haloalertbridge.alert.Alert;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

import org.springframework.stereotype.Component;

/**
 * The bounded hand-over from webhooks to the pipeline. In direct mode it lives in memory:
 * alerts still queued when the process dies are lost, which is why a full queue refuses
 * new work (503) instead of growing, and why shutdown drains it first.
 * <p>
 * A message is taken whole or not at all, so a sender that retries after a 503 never
 * half-delivers a group. Depth counts alerts queued or in processing; it drops when the
 * pipeline has finished with one.
 */
@Component
public class AlertQueue {

	private final int capacity;

	private final AtomicInteger depth = new AtomicInteger();

	private Sinks.Many<Alert> sink = newSink();

	private boolean closed;

	AlertQueue(IngestProperties properties, MeterRegistry registry) {
		this.capacity = properties.queueCapacity();
		Gauge.builder("bridge.queue.depth", this.depth, AtomicInteger::get)
			.description("Alerts accepted and not yet fully processed")
			.register(registry);
		Gauge.builder("bridge.queue.capacity", () -> this.capacity)
			.description("How many alerts the queue holds before webhooks get 503")
			.register(registry);
	}

	/**
	 * Queues every alert of one message, or none.
	 * @param alerts the alerts of one message
	 * @return whether they were queued, or why not
	 */
	synchronized Offer offerAll(List<Alert> alerts) {
		if (this.closed) {
			return Offer.CLOSED;
		}
		if (this.depth.get() + alerts.size() > this.capacity) {
			return Offer.FULL;
		}
		for (Alert alert : alerts) {
			this.depth.incrementAndGet();
			this.sink.emitNext(alert, Sinks.EmitFailureHandler.FAIL_FAST);
		}
		return Offer.QUEUED;
	}

	/**
	 * What became of an offer.
	 */
	enum Offer {

		/** Every alert of the message is queued. */
		QUEUED,

		/** The message does not fit now; nothing was queued. */
		FULL,

		/** The worker is stopping (shutdown); nothing was queued. */
		CLOSED

	}

	/**
	 * The queued alerts, for the one pipeline subscriber. Call {@link #done()} when one
	 * is fully processed.
	 * @return the alerts in arrival order; completes after {@link #close()} once drained
	 */
	public synchronized Flux<Alert> alerts() {
		return this.sink.asFlux();
	}

	/**
	 * Takes alerts again after {@link #close()}, for a worker that is started again (a
	 * paused and resumed application context). Does nothing while open.
	 */
	public synchronized void reopen() {
		if (this.closed) {
			this.sink = newSink();
			this.closed = false;
		}
	}

	private static Sinks.Many<Alert> newSink() {
		return Sinks.many().unicast().onBackpressureBuffer(Queues.<Alert>unbounded().get());
	}

	/**
	 * Marks one alert as fully processed.
	 */
	public void done() {
		this.depth.decrementAndGet();
	}

	/**
	 * Refuses further alerts and lets the subscriber drain what is queued.
	 */
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		this.sink.emitComplete(Sinks.EmitFailureHandler.FAIL_FAST);
	}

	/**
	 * Alerts queued or in processing.
	 * @return the depth
	 */
	public int depth() {
		return this.depth.get();
	}

}
