package dev.haloalertbridge.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.haloalertbridge.alert.Fingerprint;
import dev.haloalertbridge.halo.AgentProfile;
import dev.haloalertbridge.halo.HaloApi;
import dev.haloalertbridge.halo.HaloClient;
import dev.haloalertbridge.halo.HaloRecord;
import dev.haloalertbridge.halo.Lane;
import dev.haloalertbridge.halo.Lookup;
import dev.haloalertbridge.halo.NewNote;
import dev.haloalertbridge.halo.NewTicket;
import dev.haloalertbridge.halo.TicketRef;
import dev.haloalertbridge.mapping.TicketRoute;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Shadow mode's Halo ({@code bridge.ticketing.mode=shadow}): the whole pipeline runs on
 * live traffic (dedupe, coalescing, mapping, name resolution, the outbox), but no write
 * reaches Halo. Each write it would have sent is counted
 * ({@code bridge_shadow_writes_total}) and logged; a ticket it would have opened gets a
 * shadow number, so its repeats and resolution follow as they would. Reads (lookups, the
 * agent) go to the real Halo, so names resolve and the connection check runs. It never
 * searches for an open ticket: none can carry a fingerprint the bridge never wrote.
 */
@Component
@Primary
@ConditionalOnProperty(name = "bridge.ticketing.mode", havingValue = "shadow")
class ShadowHalo implements HaloApi {

	private static final Logger logger = LoggerFactory.getLogger(ShadowHalo.class);

	private final HaloClient halo;

	private final MeterRegistry registry;

	private final AtomicLong tickets = new AtomicLong();

	ShadowHalo(HaloClient halo, MeterRegistry registry) {
		this.halo = halo;
		this.registry = registry;
		for (String kind : List.of("create", "note", "close")) {
			writes(kind);
		}
		logger.warn("Shadow mode: nothing will be written to Halo (bridge.ticketing.mode=shadow)");
	}

	@Override
	public Mono<TicketRef> createTicket(NewTicket ticket, Lane lane) {
		return Mono.fromSupplier(() -> {
			long id = this.tickets.incrementAndGet();
			TicketRoute route = ticket.route();
			writes("create").increment();
			logger.info(
					"Shadow: would open a ticket: shadowTicket={} fingerprint={} clientId={} siteId={} team={}"
							+ " ticketTypeId={} priorityId={} summary={}",
					id, ticket.fingerprint(), route.clientId(), route.siteId(), route.team(), route.ticketTypeId(),
					route.priorityId(), ticket.summary());
			return new TicketRef(id);
		});
	}

	@Override
	public Mono<Void> addNote(NewNote note, Lane lane) {
		return Mono.fromRunnable(() -> {
			boolean closing = note.newStatusId().isPresent();
			writes(closing ? "close" : "note").increment();
			logger.info("Shadow: would add a private note: shadowTicket={} newStatus={}", note.ticketId(),
					note.newStatusId());
		});
	}

	@Override
	public Mono<TicketRef> findOpenTicket(Fingerprint fingerprint, Lane lane) {
		return Mono.empty();
	}

	@Override
	public Instant readyAt(Lane lane) {
		return this.halo.readyAt(lane);
	}

	@Override
	public Mono<List<HaloRecord>> lookup(Lookup lookup) {
		return this.halo.lookup(lookup);
	}

	@Override
	public Mono<String> ticketTeam(long ticketId) {
		return this.halo.ticketTeam(ticketId);
	}

	@Override
	public Mono<AgentProfile> agent() {
		return this.halo.agent();
	}

	private Counter writes(String kind) {
		return Counter.builder("bridge.shadow.writes")
			.description("Halo writes shadow mode would have sent, by kind")
			.tag("kind", kind)
			.register(this.registry);
	}

}
