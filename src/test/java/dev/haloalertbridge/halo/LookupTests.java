package dev.haloalertbridge.halo;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import dev.haloalertbridge.testsupport.HaloOpenApi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class LookupTests {

	@ParameterizedTest(name = "{0}: GET {1}?{2}, tag {3}")
	@CsvSource(delimiter = '|', textBlock = """
			CLIENTS      | /Client     | pageinate=false    | clients
			TEAMS        | /Team       |                    | teams
			TICKET_TYPES | /TicketType | showinactive=false | ticket_types
			STATUSES     | /Status     | type=ticket        | statuses
			OUTCOMES     | /Outcome    |                    | outcomes
			PRIORITIES   | /Priority   |                    | priorities
			AGENTS       | /Agent      |                    | agents
			""")
	void eachLookupAsksForOneFullList(Lookup lookup, String path, String query, String tag) {
		assertThat(lookup.path()).isEqualTo(path);
		assertThat(lookup.query()).isEqualTo(parse(query));
		assertThat(lookup.tag()).isEqualTo(tag);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Lookup.class)
	void pathAndQueryAreAGetHalosDocumentDeclares(Lookup lookup) {
		assertThat(HaloOpenApi.problemsWithGet(lookup.path(), lookup.query()))
			.as("GET %s?%s", lookup.path(), lookup.query())
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Lookup.class)
	void noQueryOverridesTheApiAgentsPermissions(Lookup lookup) {
		assertThat(lookup.query()).doesNotContainKey("showall");
	}

	private static Map<String, String> parse(String query) {
		if (query == null) {
			return Map.of();
		}
		return Arrays.stream(query.split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> pair[0], (pair) -> pair[1]));
	}

}
