package dev.haloalertbridge.ops;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.halo.HaloFailures;
import dev.haloalertbridge.halo.HaloOperation;
import dev.haloalertbridge.halo.HaloProperties;
import dev.haloalertbridge.halo.HaloRecord;
import dev.haloalertbridge.halo.Lookup;
import dev.haloalertbridge.mapping.MappingProperties;
import dev.haloalertbridge.testsupport.FakeHalo;
import dev.haloalertbridge.ticketing.TicketingProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection checklist against an in-memory Halo: what passes, and the fix each
 * failure names.
 */
class ConnectionCheckTests {

	private final FakeHalo halo = new FakeHalo();

	private MappingProperties mapping = new MappingProperties(
			new MappingProperties.Defaults(12, null, "Service Desk", 21, Map.of()),
			List.of(new MappingProperties.Rule("", "GLOBEX-014", 14, null, "Network Operations", null, Map.of())));

	@BeforeEach
	void seed() {
		this.halo.answer(Lookup.TEAMS,
				List.of(new HaloRecord(4, "Service Desk"), new HaloRecord(5, "Network Operations")));
		this.halo.answer(Lookup.TICKET_TYPES, List.of(new HaloRecord(21, "Alert")));
		this.halo.answer(Lookup.STATUSES, List.of(new HaloRecord(1, "New"), new HaloRecord(9, "Closed")));
		this.halo.answer(Lookup.OUTCOMES, List.of(new HaloRecord(7, "Internal Note")));
	}

	@Test
	void everyCheckPassesWhenWhatTheRulesNameExistsAndIsVisible() {
		List<Check> checks = check();
		assertThat(checks).extracting(Check::name)
			.containsExactly("token", "teams", "ticket types", "closed status", "note outcome", "mapping",
					"rate limit");
		assertThat(checks).allSatisfy((check) -> assertThat(check.outcome()).isEqualTo(Check.Outcome.PASSED));
		assertThat(checks.get(3).detail()).isEqualTo("status 9 is \"Closed\"");
		assertThat(checks.get(6).detail()).contains("at most 285 calls per rolling 5m");
	}

	@Test
	void teamTheAgentCannotSeeFailsWithHalosOwnFix() {
		this.halo.answer(Lookup.TEAMS, List.of(new HaloRecord(4, "Service Desk")));
		Check teams = check().get(1);
		assertThat(teams.outcome()).isEqualTo(Check.Outcome.FAILED);
		assertThat(teams.detail()).contains("cannot see \"Network Operations\"")
			.contains("All:Teams = Yes")
			.doesNotContain("\"Service Desk\"");
	}

	@Test
	void missingTicketTypeStatusAndOutcomeEachFail() {
		this.halo.answer(Lookup.TICKET_TYPES, List.of(new HaloRecord(22, "Incident")));
		this.halo.answer(Lookup.STATUSES, List.of(new HaloRecord(1, "New")));
		this.halo.answer(Lookup.OUTCOMES, List.of());
		List<Check> checks = check();
		assertThat(checks.get(2).detail()).contains("no active ticket type with id 21");
		assertThat(checks.get(3).detail()).contains("no ticket status 9").contains("closed-status-id");
		assertThat(checks.get(4).detail()).contains("no action outcome 7").contains("note-outcome-id");
		assertThat(checks.subList(2, 5))
			.allSatisfy((check) -> assertThat(check.outcome()).isEqualTo(Check.Outcome.FAILED));
	}

	@Test
	void refusedClientIdSaysWhereToCopyItAndSkipsTheRest() {
		this.halo.failNext(HaloFailures.rejected(HaloOperation.TOKEN, 401, "invalid_client"));
		List<Check> checks = check();
		assertThat(checks.get(0).outcome()).isEqualTo(Check.Outcome.FAILED);
		assertThat(checks.get(0).detail()).contains("invalid_client")
			.contains("the Client ID changes when the application is saved");
		assertThat(checks.subList(1, checks.size()))
			.allSatisfy((check) -> assertThat(check.outcome()).isEqualTo(Check.Outcome.SKIPPED));
	}

	@Test
	void wrongAuthorizationServerNamesTheSetting() {
		this.halo.failNext(HaloFailures.rejected(HaloOperation.TOKEN, 404, "(no body)"));
		assertThat(check().get(0).detail()).contains("Authorization Server answered 404")
			.contains("the trailing slash is optional");
	}

	@Test
	void unreachableHaloSaysSo() {
		this.halo.failNext(HaloFailures.transientFailure(HaloOperation.TOKEN));
		assertThat(check().get(0).detail()).startsWith("could not reach Halo");
	}

	@Test
	void forbiddenLookupNamesThePermission() {
		this.halo.failLookup(Lookup.OUTCOMES, HaloFailures.rejected(HaloOperation.LOOKUP, 403, "(no body)"));
		Check outcome = check().get(4);
		assertThat(outcome.outcome()).isEqualTo(Check.Outcome.FAILED);
		assertThat(outcome.detail()).contains("403 to GET /api/Outcome").contains("Permissions");
	}

	@Test
	void namesThatResolveAndPrioritiesOfTheRightSlaPass() {
		this.mapping = named("Alert", 2);
		Check mapping = check().get(5);
		assertThat(mapping.outcome()).isEqualTo(Check.Outcome.PASSED);
		assertThat(mapping.detail()).contains("resolve, each priority in its ticket type's SLA");
		assertThat(this.halo.calls()).contains("lookup clients", "lookup priorities");
	}

	@Test
	void nameHaloDoesNotHaveFailsNamingTheRule() {
		this.mapping = named("Incident", 2);
		Check mapping = check().get(5);
		assertThat(mapping.outcome()).isEqualTo(Check.Outcome.FAILED);
		assertThat(mapping.detail()).contains("bridge.mapping.rules[0]: Halo has no ticket type named \"Incident\"");
		assertThat(check().get(2).detail()).contains("no active ticket type named \"Incident\"");
	}

	@Test
	void priorityOutsideTheTicketTypesSlaFails() {
		this.mapping = named("Alert", 5);
		Check mapping = check().get(5);
		assertThat(mapping.outcome()).isEqualTo(Check.Outcome.FAILED);
		assertThat(mapping.detail()).contains("bridge.mapping.rules[0]: priority 5 is not a priority of SLA 1");
	}

	private MappingProperties named(String ticketType, int criticalPriority) {
		this.halo.answer(Lookup.TICKET_TYPES, List.of(new HaloRecord(21, "Alert", OptionalLong.of(1))));
		this.halo.answer(Lookup.CLIENTS, List.of(new HaloRecord(12, "Acme Dental")));
		this.halo.answer(Lookup.PRIORITIES, List.of(new HaloRecord(1, "Critical", OptionalLong.of(1)),
				new HaloRecord(2, "High", OptionalLong.of(1)), new HaloRecord(5, "Scheduled", OptionalLong.of(2))));
		return new MappingProperties(new MappingProperties.Defaults(12, null, "Service Desk", 21, Map.of()),
				List.of(new MappingProperties.Rule("", "ACME-001", MappingProperties.Match.ANY, null, "Acme Dental",
						null, null, null, ticketType, Map.of(Severity.CRITICAL, criticalPriority), null, null, null)));
	}

	@Test
	void teamHaloListsButTheAgentIsNotInPassesWithoutAProbe() {
		assertThat(check().get(1).outcome()).isEqualTo(Check.Outcome.PASSED);
		assertThat(this.halo.tickets()).isEmpty();
	}

	@Test
	void probeConfirmsATeamTheAgentIsNotInAndClosesItsTicket() {
		Check teams = check(true).get(1);
		assertThat(teams.outcome()).isEqualTo(Check.Outcome.PASSED);
		assertThat(teams.detail()).contains("confirmed by probe tickets in \"Network Operations\"");
		assertThat(this.halo.tickets()).singleElement().satisfies((ticket) -> {
			assertThat(ticket.route().team()).isEqualTo("Network Operations");
			assertThat(ticket.route().clientId()).isEqualTo(14);
			assertThat(ticket.summary()).contains("probe");
		});
		assertThat(this.halo.notes()).singleElement().satisfies((note) -> assertThat(note.newStatusId()).hasValue(9));
	}

	@Test
	void probeTicketTheAgentCannotReadBackFailsTheTeamsCheck() {
		this.halo.hideTeam("Network Operations");
		Check teams = check(true).get(1);
		assertThat(teams.outcome()).isEqualTo(Check.Outcome.FAILED);
		assertThat(teams.detail()).contains("cannot read back probe ticket 1000 in \"Network Operations\" (403)")
			.contains("All:Teams = Yes");
		assertThat(this.halo.notes()).hasSize(1);
	}

	private List<Check> check() {
		return check(false);
	}

	private List<Check> check(boolean probe) {
		TicketingProperties ticketing = new TicketingProperties(true, 9, 7, true, 200, 4000, Duration.ofSeconds(20));
		HaloProperties properties = new HaloProperties("id", "secret", "https://acme.halopsa.com/api",
				"https://acme.halopsa.com/auth/", "acme", "all", Duration.ofSeconds(5), Duration.ofSeconds(20),
				Duration.ofSeconds(60),
				new HaloProperties.Budget(300, Duration.ofMinutes(5), 15, 30, Duration.ofSeconds(60)));
		return new ConnectionCheck(this.halo, this.mapping, ticketing, properties,
				new CheckProperties(false, Duration.ofMinutes(5), probe))
			.run()
			.block();
	}

}
