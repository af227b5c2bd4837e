package dev.haloalertbridge.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.haloalertbridge.halo.AgentProfile;
import dev.haloalertbridge.halo.HaloApi;
import dev.haloalertbridge.halo.HaloException;
import dev.haloalertbridge.halo.HaloProperties;
import dev.haloalertbridge.halo.HaloRecord;
import dev.haloalertbridge.halo.Lookup;
import dev.haloalertbridge.mapping.MappingProperties;
import dev.haloalertbridge.mapping.TicketRoute;
import dev.haloalertbridge.mapping.TicketRouter;
import dev.haloalertbridge.mapping.TicketTarget;
import dev.haloalertbridge.ticketing.RouteNames;
import dev.haloalertbridge.ticketing.TicketingProperties;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Halo's "Save and Test", done by the bridge: signs in as the API agent, then checks that
 * everything the configuration routes to exists and is visible to that agent, so a
 * missing permission shows before the first alert fails. Each failure says how to fix it
 * in the words of Halo's screens; no secret ever appears in the output. The calls go
 * through the call budget in the background lane.
 */
@Component
public class ConnectionCheck {

	private final HaloApi halo;

	private final MappingProperties mapping;

	private final TicketRouter router;

	private final Optional<TeamProbe> probe;

	private final SettingsChecks settings;

	ConnectionCheck(HaloApi halo, MappingProperties mapping, TicketingProperties ticketing, HaloProperties properties) {
		this(halo, mapping, ticketing, properties, new CheckProperties(true, Duration.ofMinutes(5)));
	}

	@Autowired
	ConnectionCheck(HaloApi halo, MappingProperties mapping, TicketingProperties ticketing, HaloProperties properties,
			CheckProperties check) {
		this.probe = check.teamProbe() ? Optional.of(new TeamProbe(halo, ticketing)) : Optional.empty();
		this.halo = halo;
		this.mapping = mapping;
		this.router = new TicketRouter(mapping);
		this.settings = new SettingsChecks(this.router, mapping, ticketing, properties);
	}

	/**
	 * Runs every check, in order; once signing in fails, the others are skipped.
	 * @return the checklist
	 */
	public Mono<List<Check>> run() {
		return this.halo.agent()
			.flatMap((agent) -> afterSignIn(agent))
			.onErrorResume(HaloException.class, (ex) -> Mono.just(signInFailed(ex)));
	}

	private Mono<List<Check>> afterSignIn(AgentProfile agent) {
		Check signedIn = Check.passed("token",
				"signed in as " + agent.name() + (agent.apiAgent() ? " (an API agent)" : " (not an API-only agent)"));
		return Mono
			.zip(lookup(Lookup.TEAMS), lookup(Lookup.TICKET_TYPES),
					lookup(Lookup.STATUSES).map(this.settings::closedStatus),
					lookup(Lookup.OUTCOMES).map(this.settings::noteOutcome), mappingLists())
			.flatMap((checks) -> teams(agent, checks.getT1(), Looked.lists(checks.getT2(), checks.getT5()))
				.map((teams) -> List.of(signedIn, teams, this.settings.ticketTypes(checks.getT2()), checks.getT3(),
						checks.getT4(), this.settings.mapping(checks.getT2(), checks.getT5()),
						this.settings.budget())));
	}

	/**
	 * The lists the mapping's names and priorities are checked against, beyond ticket
	 * types: only those some target needs.
	 */
	private Mono<Map<Lookup, Looked>> mappingLists() {
		Set<Lookup> needs = EnumSet.noneOf(Lookup.class);
		for (List<TicketTarget> targets : this.router.targets().values()) {
			for (TicketTarget target : targets) {
				needs.addAll(RouteNames.needs(target));
				if (target.priorityId().isPresent()) {
					needs.add(Lookup.PRIORITIES);
				}
			}
		}
		needs.remove(Lookup.TICKET_TYPES);
		return Flux.fromIterable(needs)
			.concatMap((lookup) -> lookup(lookup).map((looked) -> Map.entry(lookup, looked)))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	private Mono<Looked> lookup(Lookup lookup) {
		return this.halo.lookup(lookup)
			.map((items) -> new Looked(items, Optional.empty()))
			.onErrorResume(HaloException.class,
					(ex) -> Mono.just(new Looked(List.of(), Optional.of(Fixes.lookup(lookup, ex)))));
	}

	/**
	 * A routed team is visible when the API agent is a member ({@code /Agent/me}), and
	 * not when Halo does not list it for the agent ({@code /Team}). One Halo lists but
	 * the agent is not a member of is visible to an application with All:Teams; with
	 * {@code bridge.check.team-probe} that is confirmed by a probe ticket.
	 */
	private Mono<Check> teams(AgentProfile agent, Looked looked, Map<Lookup, List<HaloRecord>> lists) {
		Set<String> routed = routedTeams();
		if (routed.isEmpty()) {
			return Mono.just(Check.passed("teams", "no rule names a team; tickets take their ticket type's team"));
		}
		if (looked.fix().isPresent()) {
			return Mono.just(Check.failed("teams", looked.fix().get()));
		}
		Set<String> member = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		agent.teams().forEach((team) -> member.add(team.name()));
		Set<String> listed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		looked.items().forEach((team) -> listed.add(team.name()));
		List<String> missing = routed.stream().filter((t) -> !member.contains(t) && !listed.contains(t)).toList();
		if (!missing.isEmpty()) {
			return Mono.just(Check.failed("teams", cannotSee(missing)));
		}
		List<String> unconfirmed = routed.stream().filter((team) -> !member.contains(team)).toList();
		Check visible = Check.passed("teams",
				"the API agent sees every team the rules route to: " + quoted(List.copyOf(routed)));
		if (unconfirmed.isEmpty() || this.probe.isEmpty()) {
			return Mono.just(visible);
		}
		return Flux.fromIterable(unconfirmed)
			.concatMap((team) -> this.probe.get().probe(team, routeFor(team, lists)))
			.collectList()
			.map((failures) -> failures.isEmpty()
					? Check.passed("teams",
							visible.detail() + " (confirmed by probe tickets in " + quoted(unconfirmed) + ")")
					: Check.failed("teams", String.join("; ", failures)));
	}

	private Optional<TicketRoute> routeFor(String team, Map<Lookup, List<HaloRecord>> lists) {
		return this.router.targets()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((target) -> target.team().equalsIgnoreCase(team))
			.map((target) -> RouteNames.resolve(target, lists).route())
			.flatMap(Optional::stream)
			.findFirst();
	}

	static String cannotSee(List<String> teams) {
		return "the API agent cannot see " + quoted(teams)
				+ ": in Halo, add the agent to those teams (Configuration > Teams), or set All:Teams = Yes on"
				+ " the API application (Configuration > Integrations > Halo API > your application > Permissions)";
	}

	private Set<String> routedTeams() {
		Set<String> teams = new LinkedHashSet<>();
		if (!this.mapping.defaults().team().isBlank()) {
			teams.add(this.mapping.defaults().team());
		}
		this.mapping.rules()
			.stream()
			.map(MappingProperties.Rule::team)
			.filter((team) -> team != null && !team.isBlank())
			.forEach(teams::add);
		return teams;
	}

	private static List<Check> signInFailed(HaloException ex) {
		List<Check> checks = new ArrayList<>();
		checks.add(Check.failed("token", Fixes.signIn(ex)));
		for (String name : List.of("teams", "ticket types", "closed status", "note outcome", "mapping")) {
			checks.add(Check.skipped(name, "needs a working sign-in"));
		}
		return checks;
	}

	static String quoted(List<String> names) {
		return names.stream().map((name) -> "\"" + name + "\"").collect(Collectors.joining(", "));
	}

}
