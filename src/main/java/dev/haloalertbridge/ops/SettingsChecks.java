package dev.haloalertbridge.ops;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.haloalertbridge.halo.HaloProperties;
import dev.haloalertbridge.halo.HaloRecord;
import dev.haloalertbridge.halo.Lookup;
import dev.haloalertbridge.mapping.MappingProperties;
import dev.haloalertbridge.mapping.Ref;
import dev.haloalertbridge.mapping.TicketRouter;
import dev.haloalertbridge.ticketing.RouteNames;
import dev.haloalertbridge.ticketing.TicketingProperties;

/**
 * The checks of {@link ConnectionCheck} that compare the bridge's settings with lists
 * Halo gave: the ticket types and names the mapping routes to, the closed status, the
 * note outcome, and the call budget in use. Each takes what was looked up and calls
 * nothing.
 */
class SettingsChecks {

	private final TicketRouter router;

	private final MappingProperties mapping;

	private final TicketingProperties ticketing;

	private final HaloProperties properties;

	SettingsChecks(TicketRouter router, MappingProperties mapping, TicketingProperties ticketing,
			HaloProperties properties) {
		this.router = router;
		this.mapping = mapping;
		this.ticketing = ticketing;
		this.properties = properties;
	}

	Check ticketTypes(Looked looked) {
		if (looked.fix().isPresent()) {
			return Check.failed("ticket types", looked.fix().get());
		}
		Set<Ref> wanted = new LinkedHashSet<>();
		this.router.targets().values().forEach((targets) -> targets.forEach((t) -> wanted.add(t.ticketType())));
		List<String> missing = new ArrayList<>();
		Set<String> found = new LinkedHashSet<>();
		for (Ref ref : wanted) {
			List<HaloRecord> matches = looked.items()
				.stream()
				.filter((type) -> ref.named() ? type.name().equalsIgnoreCase(ref.name()) : type.id() == ref.id())
				.toList();
			if (matches.isEmpty()) {
				missing.add(ref.named() ? "named " + ref : "with id " + ref);
			}
			else {
				found.add(matches.get(0).id() + " \"" + matches.get(0).name() + "\"");
			}
		}
		if (!missing.isEmpty()) {
			return Check.failed("ticket types", "no active ticket type " + String.join(", ", missing)
					+ " is visible to the API agent: check bridge.mapping (defaults and rules) against Configuration"
					+ " > Tickets > Ticket Types, and that the agent's role allows all ticket types");
		}
		return Check.passed("ticket types", "found " + String.join(", ", found));
	}

	/**
	 * Every rule's names resolve to one record each, and every priority belongs to the
	 * SLA of its ticket type.
	 */
	Check mapping(Looked ticketTypes, Map<Lookup, Looked> others) {
		Optional<String> fix = others.values().stream().map(Looked::fix).flatMap(Optional::stream).findFirst();
		if (ticketTypes.fix().isPresent() || fix.isPresent()) {
			return Check.failed("mapping", fix.orElseGet(() -> ticketTypes.fix().get()));
		}
		Map<Lookup, List<HaloRecord>> lists = Looked.lists(ticketTypes, others);
		Set<String> problems = new LinkedHashSet<>();
		this.router.targets()
			.forEach((setting,
					targets) -> targets.forEach((target) -> RouteNames.resolve(target, lists)
						.problems()
						.forEach((problem) -> problems.add(setting + ": " + problem))));
		if (!problems.isEmpty()) {
			return Check.failed("mapping", String.join("; ", problems));
		}
		return Check.passed("mapping",
				this.router.targets().size() + " route(s) resolve"
						+ (lists.containsKey(Lookup.PRIORITIES) ? ", each priority in its ticket type's SLA" : "")
						+ "; unmapped alerts " + ((this.mapping.unmapped() == MappingProperties.Unmapped.REJECT)
								? "are rejected" : "go to the default client"));
	}

	Check closedStatus(Looked looked) {
		if (!this.ticketing.closeOnResolve()) {
			return Check.passed("closed status", "close-on-resolve is off; no status needed");
		}
		long id = this.ticketing.closedStatusId();
		return byId("closed status", looked, id, "status", "Halo has no ticket status " + id
				+ ": set bridge.ticketing.closed-status-id to your Closed status (Configuration > Tickets > Status)");
	}

	Check noteOutcome(Looked looked) {
		long id = this.ticketing.noteOutcomeId();
		return byId("note outcome", looked, id, "outcome",
				"Halo has no action outcome " + id
						+ ": set bridge.ticketing.note-outcome-id to a private note outcome (Configuration > Tickets >"
						+ " Actions, for example \"Internal Note\")");
	}

	/**
	 * Passes when Halo listed a record with the configured id, naming it; fails with the
	 * lookup's fix, or with how to set the id when no record has it.
	 */
	private static Check byId(String check, Looked looked, long id, String kind, String missing) {
		if (looked.fix().isPresent()) {
			return Check.failed(check, looked.fix().get());
		}
		return looked.items()
			.stream()
			.filter((item) -> item.id() == id)
			.findFirst()
			.map((item) -> Check.passed(check, kind + " " + id + " is \"" + item.name() + "\""))
			.orElseGet(() -> Check.failed(check, missing));
	}

	Check budget() {
		HaloProperties.Budget budget = this.properties.budget();
		return Check.passed("rate limit",
				"at most " + budget.usable() + " calls per rolling "
						+ budget.window().toString().substring(2).toLowerCase(Locale.ROOT) + " (halo.budget.limit "
						+ budget.limit() + " less a margin of " + budget.safetyMargin() + ")");
	}

}
