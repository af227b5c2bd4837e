package dev.haloalertbridge.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import dev.haloalertbridge.alert.Alert;
import dev.haloalertbridge.alert.Severity;
import dev.haloalertbridge.mapping.MappingProperties.Defaults;
import dev.haloalertbridge.mapping.MappingProperties.Rule;
import dev.haloalertbridge.mapping.MappingProperties.Unmapped;
import dev.haloalertbridge.support.InvalidSettingsException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Chooses the Halo route of an alert from the configured rules. Pure: no I/O, the same
 * alert always maps the same way. Every rule is compiled and checked at start-up: a rule
 * that cannot route (no client or ticket type of its own or from the defaults, an id and
 * a name both given, a bad pattern) stops start-up with a message naming it.
 */
@Component
public class TicketRouter {

	private final List<CompiledRule> rules = new ArrayList<>();

	private final Map<String, List<TicketTarget>> targets = new LinkedHashMap<>();

	private final Optional<Parts> fallback;

	public TicketRouter(MappingProperties properties) {
		Defaults defaults = properties.defaults();
		Parts base = Parts.of("bridge.mapping.defaults", defaults);
		if (base.ticketType().isEmpty()) {
			throw InvalidSettingsException.of("bridge.mapping.defaults.ticket-type-id",
					"is missing: set it, or bridge.mapping.defaults.ticket-type to a ticket type's name");
		}
		if (properties.unmapped() == Unmapped.DEFAULT_CLIENT && base.client().isEmpty()) {
			throw InvalidSettingsException.of("bridge.mapping.defaults.client-id",
					"is missing, and bridge.mapping.unmapped is default-client: set it, or"
							+ " bridge.mapping.defaults.client to a client's name, or set bridge.mapping.unmapped to"
							+ " reject");
		}
		this.fallback = (properties.unmapped() == Unmapped.DEFAULT_CLIENT) ? Optional.of(base) : Optional.empty();
		this.fallback.ifPresent((parts) -> this.targets.put("bridge.mapping.defaults", parts.targets()));
		for (int i = 0; i < properties.rules().size(); i++) {
			Rule rule = properties.rules().get(i);
			String setting = "bridge.mapping.rules[" + i + "]";
			Parts parts = Parts.of(setting, rule).or(base);
			if (parts.client().isEmpty()) {
				throw InvalidSettingsException.of(setting + ".client-id",
						"is missing and bridge.mapping.defaults names no client: set client-id or client on the"
								+ " rule or in the defaults");
			}
			this.rules.add(new CompiledRule(RuleConditions.compile(i, rule), parts));
			this.targets.put(setting, parts.targets());
		}
	}

	/**
	 * Every target the mapping can route to, for the connection check.
	 * @return by setting ({@code bridge.mapping.rules[0]}, ...), the distinct targets of
	 * each severity
	 */
	public Map<String, List<TicketTarget>> targets() {
		return Collections.unmodifiableMap(this.targets);
	}

	/**
	 * Routes an alert.
	 * @param alert the alert
	 * @return the rule that matched, why, and where its ticket goes
	 */
	public Routing route(Alert alert) {
		for (int i = 0; i < this.rules.size(); i++) {
			CompiledRule rule = this.rules.get(i);
			if (rule.conditions().test().test(alert)) {
				return new Routing(i, "rules[" + i + "] matched: " + rule.conditions().description(),
						Optional.of(rule.parts().target(alert.severity())));
			}
		}
		return this.fallback
			.map((parts) -> new Routing(-1, "no rule matched; unmapped alerts go to the default client",
					Optional.of(parts.target(alert.severity()))))
			.orElseGet(() -> new Routing(-1, "no rule matched; unmapped alerts are rejected", Optional.empty()));
	}

	private record CompiledRule(RuleConditions conditions, Parts parts) {

	}

	/**
	 * The route parts a rule or the defaults set; empty ones fall back.
	 */
	private record Parts(Optional<Ref> client, @Nullable Integer siteId, @Nullable String team,
			Optional<Ref> ticketType, Map<Severity, Integer> priorities, @Nullable String category,
			Optional<Ref> agent) {

		static Parts of(String setting, Defaults defaults) {
			return new Parts(Ref.of(setting, "client", defaults.clientId(), defaults.client()), defaults.siteId(),
					defaults.team(), Ref.of(setting, "ticket-type", defaults.ticketTypeId(), defaults.ticketType()),
					defaults.priorities(), defaults.category(),
					Ref.of(setting, "agent", defaults.agentId(), defaults.agent()));
		}

		static Parts of(String setting, Rule rule) {
			return new Parts(Ref.of(setting, "client", rule.clientId(), rule.client()), rule.siteId(), rule.team(),
					Ref.of(setting, "ticket-type", rule.ticketTypeId(), rule.ticketType()), rule.priorities(),
					rule.category(), Ref.of(setting, "agent", rule.agentId(), rule.agent()));
		}

		Parts or(Parts fallback) {
			Map<Severity, Integer> merged = new EnumMap<>(Severity.class);
			merged.putAll(fallback.priorities());
			merged.putAll(this.priorities);
			return new Parts(this.client.or(fallback::client), (this.siteId != null) ? this.siteId : fallback.siteId,
					(this.team != null) ? this.team : fallback.team, this.ticketType.or(fallback::ticketType), merged,
					(this.category != null) ? this.category : fallback.category, this.agent.or(fallback::agent));
		}

		TicketTarget target(Severity severity) {
			return new TicketTarget(this.client.orElseThrow(), optional(this.siteId),
					(this.team != null) ? this.team : "", this.ticketType.orElseThrow(),
					optional(this.priorities.get(severity)), (this.category != null) ? this.category : "", this.agent);
		}

		List<TicketTarget> targets() {
			return Arrays.stream(Severity.values()).map(this::target).distinct().toList();
		}

		private static OptionalInt optional(@Nullable Integer value) {
			return (value != null) ? OptionalInt.of(value) : OptionalInt.empty();
		}

	}

}
