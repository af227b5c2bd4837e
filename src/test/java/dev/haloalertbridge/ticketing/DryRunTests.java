package dev.haloalertbridge.ticketing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.halo.HaloRecord;
import dev.haloalertbridge.halo.Lookup;
import dev.haloalertbridge.mapping.MappingProperties;
import dev.haloalertbridge.mapping.MappingProperties.Defaults;
import dev.haloalertbridge.mapping.MappingProperties.Match;
import dev.haloalertbridge.mapping.MappingProperties.Rule;
import dev.haloalertbridge.mapping.TicketRouter;
import dev.haloalertbridge.testsupport.FakeHalo;
import dev.haloalertbridge.testsupport.MutableClock;
import dev.haloalertbridge.testsupport.TestAlert;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dry run never calls Halo: names come from the lists the bridge has read, and a name
 * not read yet is said so.
 */
class DryRunTests {

	private final FakeHalo halo = new FakeHalo();

	private final MutableClock clock = new MutableClock(TestAlert.T0);

	private final MappingProperties mapping = new MappingProperties(
			new Defaults(12, null, "Service Desk", 21, Map.of()),
			List.of(new Rule("", "GLOBEX-014", Match.ANY, null, "Globex Logistics", 35, "Network Operations", null,
					null, Map.of(), "Monitoring>Network", null, null)));

	private final RouteResolver resolver = new RouteResolver(this.halo, this.mapping, this.clock);

	private final DryRun dryRun = new DryRun(new TicketRouter(this.mapping), this.resolver,
			new TicketText(new TicketingProperties(true, 9, 7, true, 200, 4000, Duration.ofSeconds(20))));

	private final Alert globex = TestAlert.firing().withCustomer("GLOBEX-014").withTitle("VPN tunnel down").build();

	@Test
	void nameNotLookedUpYetIsSaidSoWithoutACall() {
		DryRun.Preview preview = this.dryRun.preview(List.of(this.globex)).get(0);
		assertThat(preview.rule()).isZero();
		assertThat(preview.why()).isEqualTo("rules[0] matched: customer=GLOBEX-014");
		assertThat(preview.problems()).containsExactly("the client \"Globex Logistics\" is not looked up in Halo yet");
		assertThat(preview.ticket()).containsEntry("client", "Globex Logistics")
			.containsEntry("client_id", null)
			.containsEntry("site_id", 35)
			.containsEntry("category_1", "Monitoring>Network")
			.containsEntry("summary", "[CRITICAL] VPN tunnel down");
		assertThat(this.halo.calls()).isEmpty();
	}

	@Test
	void listTheBridgeHasReadResolvesTheNameWithoutAnotherCall() {
		this.halo.answer(Lookup.CLIENTS,
				List.of(new HaloRecord(12, "Acme Dental"), new HaloRecord(14, "Globex Logistics")));
		this.resolver.resolve(new TicketRouter(this.mapping).route(this.globex).target().orElseThrow()).block();
		assertThat(this.halo.calls()).containsExactly("lookup clients");

		DryRun.Preview preview = this.dryRun.preview(List.of(this.globex)).get(0);
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.ticket()).containsEntry("client_id", 14).containsEntry("tickettype_id", 21);
		assertThat(this.halo.calls()).containsExactly("lookup clients");
	}

	@Test
	void unmappedAlertUnderRejectHasNoTicket() {
		MappingProperties rejecting = new MappingProperties(this.mapping.defaults(), this.mapping.rules(),
				MappingProperties.Unmapped.REJECT, Duration.ofMinutes(15));
		DryRun strict = new DryRun(new TicketRouter(rejecting), this.resolver,
				new TicketText(new TicketingProperties(true, 9, 7, true, 200, 4000, Duration.ofSeconds(20))));
		DryRun.Preview preview = strict.preview(List.of(TestAlert.firing().withCustomer("INITECH-9").build())).get(0);
		assertThat(preview.rule()).isNull();
		assertThat(preview.ticket()).isNull();
		assertThat(preview.why()).isEqualTo("no rule matched; unmapped alerts are rejected");
	}

	@Test
	void resolvedListIsReadAgainOnlyAfterTheRefreshInterval() {
		this.halo.answer(Lookup.CLIENTS, List.of(new HaloRecord(14, "Globex Logistics")));
		var target = new TicketRouter(this.mapping).route(this.globex).target().orElseThrow();
		this.resolver.resolve(target).block();
		this.clock.advance(Duration.ofMinutes(14));
		this.resolver.resolve(target).block();
		assertThat(this.halo.calls()).containsExactly("lookup clients");

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.resolver.resolve(target).block().clientId()).isEqualTo(14);
		await().until(() -> this.halo.calls().size() == 2);
		assertThat(this.halo.calls()).containsExactly("lookup clients", "lookup clients");
	}

}
