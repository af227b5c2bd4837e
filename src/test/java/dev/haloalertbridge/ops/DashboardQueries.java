package dev.haloalertbridge.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PromQL of a Grafana dashboard as Grafana would send it: every query of every panel
 * (panels inside rows too) and every query variable, with the template variables replaced
 * by values. A variable without a value is an error, so a new variable in the dashboard
 * cannot slip through untested.
 */
final class DashboardQueries {

	private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{(\\w+)\\}|(\\w+))");

	private static final Pattern LABEL_VALUES = Pattern.compile("^label_values\\((.+),\\s*(\\w+)\\)$");

	private final JsonNode dashboard;

	private final Map<String, String> values;

	private DashboardQueries(JsonNode dashboard, Map<String, String> values) {
		this.dashboard = dashboard;
		this.values = values;
	}

	/**
	 * Reads a dashboard.
	 * @param file the dashboard's JSON
	 * @param values the value of each template variable, by name without the {@code $}
	 * (Grafana's built-ins such as {@code __rate_interval} too)
	 * @return its queries
	 * @throws IOException if the file cannot be read
	 */
	static DashboardQueries read(Path file, Map<String, String> values) throws IOException {
		return new DashboardQueries(JsonMapper.builder().build().readTree(Files.readString(file)), values);
	}

	/**
	 * Every query of every panel, in the dashboard's order.
	 * @return the queries, each with its panel's title
	 */
	List<PanelQuery> panelQueries() {
		List<PanelQuery> queries = new ArrayList<>();
		for (JsonNode panel : this.dashboard.path("panels")) {
			List<JsonNode> panels = new ArrayList<>();
			if ("row".equals(panel.path("type").asString())) {
				panel.path("panels").forEach(panels::add);
			}
			else {
				panels.add(panel);
			}
			for (JsonNode inner : panels) {
				inner.path("targets")
					.forEach((target) -> queries.add(new PanelQuery(inner.path("title").asString(),
							substitute(target.path("expr").asString()))));
			}
		}
		return queries;
	}

	/**
	 * The {@code label_values(selector, label)} queries of the dashboard's query
	 * variables.
	 * @return each variable's name, selector and label
	 */
	List<LabelValuesQuery> variableQueries() {
		List<LabelValuesQuery> queries = new ArrayList<>();
		for (JsonNode variable : this.dashboard.path("templating").path("list")) {
			if ("query".equals(variable.path("type").asString())) {
				JsonNode query = variable.path("query");
				String text = query.isObject() ? query.path("query").asString() : query.asString();
				Matcher matcher = LABEL_VALUES.matcher(text.strip());
				if (!matcher.matches()) {
					throw new IllegalArgumentException("not a label_values query: " + text);
				}
				queries.add(new LabelValuesQuery(variable.path("name").asString(), substitute(matcher.group(1)),
						matcher.group(2)));
			}
		}
		return queries;
	}

	private String substitute(String text) {
		Matcher matcher = VARIABLE.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String name = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			String value = this.values.get(name);
			if (value == null) {
				throw new IllegalArgumentException("no value for $" + name + " in " + text);
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(value));
		}
		return matcher.appendTail(result).toString();
	}

	/**
	 * One query of a panel.
	 *
	 * @param title the panel's title
	 * @param expr the PromQL, variables replaced
	 */
	record PanelQuery(String title, String expr) {

	}

	/**
	 * A query variable's {@code label_values}.
	 *
	 * @param name the variable
	 * @param selector the series selector, variables replaced
	 * @param label the label whose values it offers
	 */
	record LabelValuesQuery(String name, String selector, String label) {

	}

}
