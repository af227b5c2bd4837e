package dev.haloalertbridge.ingest;

import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timer of a request that did not come through Reactor Netty. Requests over a real
 * connection time out on its event loop: {@code SlowSenderTests} stalls one and gets its
 * 408.
 */
class ConnectionTimersTests {

	@Test
	void requestWithoutANettyConnectionIsTimedOnReactorsParallelScheduler() {
		assertThat(ConnectionTimers.of(MockServerHttpRequest.post("/webhooks/generic").build()))
			.isSameAs(Schedulers.parallel());
	}

}
