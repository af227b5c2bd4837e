package dev.haloalertbridge.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import org.yaml.snakeyaml.Yaml;

/**
 * The chart under test, rendered or linted with an embedded Helm as release {@code rel}
 * in namespace {@code ops}.
 */
final class HelmChart {

	static final Path CHART = Path.of("helm/halo-alert-bridge");

	static final String FULLNAME = "rel-halo-alert-bridge";

	/** Values that switch on every optional part of the chart. */
	static final Path EVERYTHING_ENABLED = Path.of("src/test/resources/helm/everything-enabled.yaml");

	private static final Helm helm = new Helm(CHART);

	private HelmChart() {
	}

	static Helm helm() {
		return helm;
	}

	static RenderedManifests render(UnaryOperator<TemplateCommand> values) {
		String rendered = values.apply(helm.template().withName("rel").withNamespace("ops")).call();
		return RenderedManifests.parse(rendered);
	}

	/**
	 * Lints a copy of the chart whose defaults are overlaid with the given values file:
	 * {@code helm lint} takes no values of its own here.
	 */
	static LintResult lintStrictWith(Path valuesFile, Path workDir) {
		try {
			Path copy = workDir.resolve("halo-alert-bridge");
			copyTree(CHART, copy);
			Yaml yaml = new Yaml();
			Map<String, Object> values = yaml.load(Files.readString(CHART.resolve("values.yaml")));
			merge(values, yaml.load(Files.readString(valuesFile)));
			Files.writeString(copy.resolve("values.yaml"), yaml.dump(values));
			return new Helm(copy).lint().strict().call();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static void merge(Map<String, Object> target, Map<String, Object> overlay) {
		overlay.forEach((key, value) -> {
			if (value instanceof Map<?, ?> map && target.get(key) instanceof Map<?, ?> existing) {
				Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) existing);
				merge(merged, (Map<String, Object>) map);
				target.put(key, merged);
			}
			else {
				target.put(key, value);
			}
		});
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
	}

}
