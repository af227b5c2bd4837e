package dev.haloalertbridge.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the Grafana dashboard's JSON as written: its panels (those inside rows too) and
 * the PromQL of their queries, template variables left in place.
 */
final class GrafanaDashboard {

	private GrafanaDashboard() {
	}

	static JsonNode read(Path file) throws IOException {
		return JsonMapper.builder().build().readTree(Files.readString(file));
	}

	static boolean isRow(JsonNode panel) {
		return "row".equals(panel.path("type").asString());
	}

	static List<JsonNode> panels(JsonNode dashboard) {
		List<JsonNode> panels = new ArrayList<>();
		for (JsonNode panel : dashboard.path("panels")) {
			if (isRow(panel)) {
				panel.path("panels").forEach(panels::add);
			}
			else {
				panels.add(panel);
			}
		}
		assertThat(panels).isNotEmpty();
		return panels;
	}

	static List<String> expressions(JsonNode dashboard) {
		List<String> expressions = new ArrayList<>();
		for (JsonNode panel : panels(dashboard)) {
			for (JsonNode target : panel.path("targets")) {
				expressions.add(target.path("expr").asString());
			}
		}
		assertThat(expressions).isNotEmpty().doesNotContain("");
		return expressions;
	}

}
