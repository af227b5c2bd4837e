package dev.haloalertbridge.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the Grafana dashboard's layout, variables and panels against the house rules;
 * {@link GrafanaDashboardQueryTests} checks its queries.
 */
class GrafanaDashboardTests {

	private static final Path DASHBOARD = Path.of("grafana/halo-alert-bridge.json");

	private static final String DATASOURCE = "${datasource}";

	private static JsonNode dashboard;

	@BeforeAll
	static void readDashboard() throws IOException {
		dashboard = GrafanaDashboard.read(DASHBOARD);
	}

	@Test
	void dashboardHasAStableUid() {
		assertThat(dashboard.path("uid").asString()).isEqualTo("halo-alert-bridge");
		assertThat(dashboard.path("id").isNull() || dashboard.path("id").isMissingNode()).isTrue();
	}

	@Test
	void datasourceIsAPrometheusTemplateVariable() {
		JsonNode datasource = variable("datasource");
		assertThat(datasource.path("type").asString()).isEqualTo("datasource");
		assertThat(datasource.path("query").asString()).isEqualTo("prometheus");
	}

	@Test
	void instanceVariableIsChainedToTheJobVariable() {
		assertThat(variableNames()).containsSubsequence("datasource", "job", "instance");
		assertThat(variableQuery("job")).isEqualTo("label_values(bridge_webhook_requests_total, job)");
		assertThat(variableQuery("instance"))
			.isEqualTo("label_values(bridge_webhook_requests_total{job=\"$job\"}, instance)");
		for (String name : List.of("job", "instance")) {
			assertThat(variable(name).path("datasource").path("uid").asString()).isEqualTo(DATASOURCE);
		}
		assertThat(variable("instance").path("includeAll").asBoolean()).isTrue();
		assertThat(variable("instance").path("allValue").asString()).isEqualTo(".*");
	}

	@Test
	void rowsFollowThePipelineStages() {
		List<String> rows = new ArrayList<>();
		for (JsonNode panel : dashboard.path("panels")) {
			if (GrafanaDashboard.isRow(panel)) {
				rows.add(panel.path("title").asString());
			}
		}
		assertThat(rows).containsExactly("Ingest", "Dedupe", "Ticketing", "Halo API", "Outbox, budget and JVM");
	}

	@Test
	void everyPanelHasAUnitAndADescription() {
		for (JsonNode panel : GrafanaDashboard.panels(dashboard)) {
			String title = panel.path("title").asString();
			assertThat(panel.path("fieldConfig").path("defaults").path("unit").asString()).as("unit of %s", title)
				.isNotBlank();
			assertThat(panel.path("description").asString()).as("description of %s", title).isNotBlank();
		}
	}

	@Test
	void everyPanelAndQueryUsesTheDatasourceVariable() {
		for (JsonNode panel : GrafanaDashboard.panels(dashboard)) {
			String title = panel.path("title").asString();
			assertThat(panel.path("datasource").path("uid").asString()).as("datasource of %s", title)
				.isEqualTo(DATASOURCE);
			assertThat(panel.path("targets").isEmpty()).as("queries of %s", title).isFalse();
			for (JsonNode target : panel.path("targets")) {
				assertThat(target.path("datasource").path("uid").asString()).as("datasource of a query in %s", title)
					.isEqualTo(DATASOURCE);
			}
		}
	}

	@Test
	void panelIdsAreUnique() {
		List<Integer> ids = new ArrayList<>();
		for (JsonNode panel : dashboard.path("panels")) {
			ids.add(panel.path("id").asInt());
		}
		assertThat(ids).doesNotHaveDuplicates().doesNotContain(0);
	}

	@Test
	void circuitBreakerPanelShowsZeroRatherThanNoDataWhileEveryBreakerIsClosed() {
		List<String> expressions = expressions(panel("Circuit breakers not closed"));
		assertThat(expressions).singleElement()
			.satisfies((expr) -> assertThat(expr).startsWith("sum by (name) (resilience4j_circuitbreaker_state{")
				.contains("state!=\"closed\"")
				.endsWith(" or on() vector(0)")
				.doesNotContain("== 1"));
	}

	@Test
	void owedHaloWritesHaveAPanelOfTheirOwnBesideTheirAge() {
		JsonNode owed = panel("Owed Halo writes");
		assertThat(expressions(owed)).singleElement()
			.satisfies((expr) -> assertThat(expr).startsWith("sum by (instance) (bridge_outbox_depth{"));
		JsonNode age = panel("Oldest owed write by lane");
		assertThat(expressions(age)).singleElement()
			.satisfies((expr) -> assertThat(expr).startsWith("max by (lane) (bridge_outbox_oldest_age_seconds{"));
		assertThat(age.path("fieldConfig").path("defaults").path("unit").asString()).isEqualTo("s");
	}

	@Test
	void panelsDoNotOverlap() {
		List<JsonNode> all = new ArrayList<>();
		dashboard.path("panels").forEach(all::add);
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				JsonNode a = all.get(i).path("gridPos");
				JsonNode b = all.get(j).path("gridPos");
				boolean apart = a.path("x").asInt() + a.path("w").asInt() <= b.path("x").asInt()
						|| b.path("x").asInt() + b.path("w").asInt() <= a.path("x").asInt()
						|| a.path("y").asInt() + a.path("h").asInt() <= b.path("y").asInt()
						|| b.path("y").asInt() + b.path("h").asInt() <= a.path("y").asInt();
				assertThat(apart)
					.as("%s and %s overlap", all.get(i).path("title").asString(), all.get(j).path("title").asString())
					.isTrue();
			}
		}
	}

	private static JsonNode panel(String title) {
		return GrafanaDashboard.panels(dashboard)
			.stream()
			.filter((panel) -> title.equals(panel.path("title").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no panel titled " + title));
	}

	private static List<String> expressions(JsonNode panel) {
		List<String> expressions = new ArrayList<>();
		panel.path("targets").forEach((target) -> expressions.add(target.path("expr").asString()));
		return expressions;
	}

	private static List<String> variableNames() {
		List<String> names = new ArrayList<>();
		dashboard.path("templating").path("list").forEach((variable) -> names.add(variable.path("name").asString()));
		return names;
	}

	private static JsonNode variable(String name) {
		for (JsonNode variable : dashboard.path("templating").path("list")) {
			if (name.equals(variable.path("name").asString())) {
				return variable;
			}
		}
		throw new AssertionError("no template variable " + name);
	}

	/**
	 * A query variable's PromQL: Grafana stores it as a string or, since 10, as an
	 * object.
	 */
	private static String variableQuery(String name) {
		JsonNode variable = variable(name);
		assertThat(variable.path("type").asString()).isEqualTo("query");
		JsonNode query = variable.path("query");
		return query.isObject() ? query.path("query").asString() : query.asString();
	}

}
