package dev.haloalertbridge.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.netty.channel.EventLoop;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;

/**
 * Timers for a request's deadlines on its connection's own event loop. A timer there is
 * an entry in the loop's own queue, set and cancelled on the thread that reads the body.
 * Reactor's default timer, {@link Schedulers#parallel()}, is a shared scheduled executor:
 * setting and cancelling a timer on it takes its lock and may wake its thread, which cost
 * about 5 % of the CPU of a webhook on the hot path.
 * <p>
 * The schedulers only delegate to Netty's loops and are never disposed: disposing one
 * would shut its loop down.
 */
final class ConnectionTimers {

	// One a loop: as many as the server has loops.
	private static final Map<EventLoop, Scheduler> timers = new ConcurrentHashMap<>();

	private ConnectionTimers() {
	}

	/**
	 * The timer for a request: its connection's event loop, or Reactor's parallel
	 * scheduler when the request did not come through Reactor Netty (a mock request).
	 * @param request the request
	 * @return the scheduler to time its deadlines on
	 */
	static Scheduler of(ServerHttpRequest request) {
		Object connection;
		try {
			connection = ServerHttpRequestDecorator.getNativeRequest(request);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			return Schedulers.parallel();
		}
		if (connection instanceof Connection netty) {
			return timers.computeIfAbsent(netty.channel().eventLoop(),
					(loop) -> Schedulers.fromExecutorService(loop, "webhook-timers"));
		}
		return Schedulers.parallel();
	}

}
