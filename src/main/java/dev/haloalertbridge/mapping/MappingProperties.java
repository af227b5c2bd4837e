package dev.haloalertbridge.mapping;

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
 * What a rule leaves out comes from {@code defaults}, which must name at least a client
 * and a ticket type.
 *
 * @param defaults the route of an alert no rule matches, and the fallback for every rule
 * @param rules the rules in order
 */
@Validated
@ConfigurationProperties("bridge.mapping")
public record MappingProperties(@Valid @NotNull Defaults defaults, @DefaultValue List<@Valid Rule> rules) {

	/**
	 * The default route.
	 *
	 * @param clientId the Halo client id of unmatched alerts
	 * @param siteId the site id, if any
	 * @param team the team name, empty to leave it to the ticket type
	 * @param ticketTypeId the ticket type id
	 * @param priorities the Halo priority id per severity; a missing severity lets Halo
	 * choose
	 */
	public record Defaults(@Min(1) int clientId, @Nullable Integer siteId, @DefaultValue("") String team,
			@Min(1) int ticketTypeId, @DefaultValue Map<Severity, Integer> priorities) {

	}

	/**
	 * One rule: conditions (empty ones match anything) and the route parts it sets.
	 *
	 * @param source match alerts from this source only
	 * @param customer match this customer key exactly
	 * @param clientId the Halo client id, or the default's
	 * @param siteId the site id, or the default's
	 * @param team the team name, or the default's
	 * @param ticketTypeId the ticket type id, or the default's
	 * @param priorities priorities per severity, each falling back to the default's
	 * @param match further conditions on the alert, all of which must hold
	 */
	public record Rule(@DefaultValue("") String source, @DefaultValue("") String customer,
			@Nullable @Min(1) Integer clientId, @Nullable Integer siteId, @Nullable String team,
			@Nullable @Min(1) Integer ticketTypeId, @DefaultValue Map<Severity, Integer> priorities,
			@DefaultValue Match match) {

		/**
		 * A rule on source and customer key only.
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
	 */
	public record Match(@DefaultValue("") String device, @DefaultValue("") String hostname,
			@DefaultValue List<Severity> severities, @DefaultValue Map<String, String> labels) {

		/** No further conditions. */
		public static final Match ANY = new Match("", "", List.of(), Map.of());

	}

}
