package dev.haloalertbridge.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxTicketBookTests {

	private final JsonNode alert = JsonMapper.builder()
		.build()
		.readTree("{\"summary\":\"disk\",\"tickettype_id\":21,\"client_id\":\"12\"}");

	@Test
	void concurrentCreatesGetDistinctConsecutiveIdsAndOneOpeningActionEach() throws Exception {
		TicketBook book = new TicketBook(Clock.systemUTC(), true, "app");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<SandboxTicket>> creates = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				creates.add(() -> book.save(this.alert));
			}
			List<Long> ids = new ArrayList<>();
			for (Future<SandboxTicket> created : pool.invokeAll(creates)) {
				ids.add(created.get().id());
			}
			assertThat(ids).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1001, 1100).boxed().toList());
			assertThat(ids).allSatisfy((id) -> assertThat(book.actions(id)).hasSize(1));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void clearStartsNumberingAgain() {
		TicketBook book = new TicketBook(Clock.systemUTC(), true, "app");
		book.save(this.alert);
		book.clear();
		assertThat(book.save(this.alert).id()).isEqualTo(TicketBook.FIRST_TICKET_ID);
	}

}
