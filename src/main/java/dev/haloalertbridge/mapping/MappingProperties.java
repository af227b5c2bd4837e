package dev.haloalertbridge.mapping;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import dev.haloalertbridge.alert.Severity;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Mapping rules, tried in order; the first whose conditions all hold routes the alert.
 * What a rule leaves out comes from {@code defaults}. Clients, ticket types and agents
 * may be named by id or by name; names are resolved through Halo's lists, cached.
 *
 * @param defaults the fallback of every rule, and the route of an alert no rule matches
 * when {@code unmapped} is {@code default-client}
 * @param rules the rules in order
 * @param unmapped what becomes of an alert no rule matches
 * @param lookupRefresh how often the Halo lists that names are resolved through are read
 * again
 */
@Validated
@ConfigurationProperties("bridge.mapping")
public record MappingProperties(@Valid @NotNull Defaults defaults, @DefaultValue List<@Valid Rule> rules,
		@DefaultValue("default-client") Unmapped unmapped, @DefaultValue("15m") Duration lookupRefresh) {

	/**
	 * Mapping with the shipped policy for unmatched alerts.
	 * @param defaults the defaults
	 * @param rules the rules
	 */
	public MappingProperties(Defaults defaults, List<Rule> rules) {
		this(defaults, rules, Unmapped.DEFAULT_CLIENT, Duration.ofMinutes(15));
	}

	@ConstructorBinding
	public MappingProperties {
	}

	/**
	 * What becomes of an alert no rule matches. Either way it is counted per source and
	 * listed at {@code /admin/unmapped}.
	 */
	public enum Unmapped {

		/** A ticket for the default client. */
		DEFAULT_CLIENT,

		/** No ticket. */
		REJECT

	}

	/**
	 * The default route parts.
	 *
	 * @param clientId the Halo client id
	 * @param client the Halo client by name, instead of an id
	 * @param siteId the site id, if any
	 * @param team the team name, empty to leave it to the ticket type
	 * @param ticketTypeId the ticket type id
	 * @param ticketType the ticket type by name, instead of an id
	 * @param priorities the Halo priority id per severity; a missing severity lets Halo
	 * choose
	 * @param category the category, a {@code >}-separated path such as
	 * {@code Monitoring>Alert}
	 * @param agentId the agent to assign, if any (never the API agent)
	 * @param agent the agent by name, instead of an id
	 */
	public record Defaults(@Nullable @Min(1) Integer clientId, @Nullable String client, @Nullable Integer siteId,
			@DefaultValue("") String team, @Nullable @Min(1) Integer ticketTypeId, @Nullable String ticketType,
			@DefaultValue Map<Severity, Integer> priorities, @DefaultValue("") String category,
			@Nullable @Min(1) Integer agentId, @Nullable String agent) {

		/**
		 * Defaults by id.
		 * @param clientId the client id
		 * @param siteId the site id
		 * @param team the team name
		 * @param ticketTypeId the ticket type id
		 * @param priorities the priorities per severity
		 */
		public Defaults(@Nullable Integer clientId, @Nullable Integer siteId, String team,
				@Nullable Integer ticketTypeId, Map<Severity, Integer> priorities) {
			this(clientId, null, siteId, team, ticketTypeId, null, priorities, "", null, null);
		}

		@ConstructorBinding
		public Defaults {
		}

	}

	/**
	 * One rule: conditions (empty ones match anything) and the route parts it sets; each
	 * part it leaves out is the default's.
	 *
	 * @param source match alerts from this source only
	 * @param customer match this customer key exactly
	 * @param match further conditions on the alert, all of which must hold
	 * @param clientId the Halo client id
	 * @param client the Halo client by name
	 * @param siteId the site id
	 * @param team the team name
	 * @param ticketTypeId the ticket type id
	 * @param ticketType the ticket type by name
	 * @param priorities priorities per severity, each falling back to the default's
	 * @param category the category
	 * @param agentId the agent to assign
	 * @param agent the agent by name
	 */
	public record Rule(@DefaultValue("") String source, @DefaultValue("") String customer, @DefaultValue Match match,
			@Nullable @Min(1) Integer clientId, @Nullable String client, @Nullable Integer siteId,
			@Nullable String team, @Nullable @Min(1) Integer ticketTypeId, @Nullable String ticketType,
			@DefaultValue Map<Severity, Integer> priorities, @Nullable String category,
			@Nullable @Min(1) Integer agentId, @Nullable String agent) {

		/**
		 * A rule by ids, on source and customer key only.
		 * @param source match alerts from this source only
		 * @param customer match this customer key exactly
		 * @param clientId the Halo client id, or the default's
		 * @param siteId the site id, or the default's
		 * @param team the team name, or the default's
		 * @param ticketTypeId the ticket type id, or the default's
		 * @param priorities priorities per severity
		 */
		public Rule(String source, String customer, @Nullable Integer clientId, @Nullable Integer siteId,
				@Nullable String team, @Nullable Integer ticketTypeId, Map<Severity, Integer> priorities) {
			this(source, customer, clientId, siteId, team, ticketTypeId, priorities, Match.ANY);
		}

		/**
		 * A rule by ids.
		 * @param source match alerts from this source only
		 * @param customer match this customer key exactly
		 * @param clientId the Halo client id, or the default's
		 * @param siteId the site id, or the default's
		 * @param team the team name, or the default's
		 * @param ticketTypeId the ticket type id, or the default's
		 * @param priorities priorities per severity
		 * @param match further conditions
		 */
		public Rule(String source, String customer, @Nullable Integer clientId, @Nullable Integer siteId,
				@Nullable String team, @Nullable Integer ticketTypeId, Map<Severity, Integer> priorities, Match match) {
			this(source, customer, match, clientId, null, siteId, team, ticketTypeId, null, priorities, null, null,
					null);
		}

		@ConstructorBinding
		public Rule {
		}

	}

	/**
	 * Conditions beyond source and customer key; an empty one matches anything.
	 *
	 * @param device a glob ({@code *} and {@code ?}) on the device, such as a serial
	 * {@code 2CB8*}
	 * @param hostname a regular expression the whole device name must match, such as
	 * {@code db\d+\.acme\..*}
	 * @param severities the severities the rule takes
	 * @param labels labels the alert must carry with exactly these values
	 * @param addresses CIDR blocks or addresses; the rule takes an alert whose sender's
	 * address, or whose device given as an IP address, is in one of them
	 */
	public record Match(@DefaultValue("") String device, @DefaultValue("") String hostname,
			@DefaultValue List<Severity> severities, @DefaultValue Map<String, String> labels,
			@DefaultValue List<String> addresses) {

		/** No further conditions. */
		public static final Match ANY = new Match("", "", List.of(), Map.of(), List.of());

		/**
		 * Conditions without addresses.
		 * @param device the device glob
		 * @param hostname the host name pattern
		 * @param severities the severities
		 * @param labels the labels
		 */
		public Match(String device, String hostname, List<Severity> severities, Map<String, String> labels) {
			this(device, hostname, severities, labels, List.of());
		}

		@ConstructorBinding
		public Match {
		}

	}

}
