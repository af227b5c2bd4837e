package dev.haloalertbridge.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import dev.haloalertbridge.ops.RenderedManifests.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image is built by Jib only on request (it needs the base image's registry), so
 * these tests hold its configuration in {@code pom.xml} to what the Helm chart expects:
 * the image the chart pulls by default is the one the documented command builds, and it
 * runs as the chart's user with nothing written outside {@code /tmp}.
 */
class ContainerImageTests {

	private static final Path CHART = Path.of("helm/halo-alert-bridge");

	private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

	private static Element pom;

	private static Element jib;

	private static Map<String, String> properties;

	@BeforeAll
	static void readPom() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
		pom = document.getDocumentElement();
		properties = new HashMap<>();
		properties.put("project.version", text(pom, "version"));
		properties.put("project.build.directory", "target");
		NodeList declared = child(pom, "properties").getChildNodes();
		for (int i = 0; i < declared.getLength(); i++) {
			if (declared.item(i) instanceof Element property) {
				properties.put(property.getTagName(), property.getTextContent().trim());
			}
		}
		jib = plugins().stream()
			.filter((plugin) -> "jib-maven-plugin".equals(text(plugin, "artifactId")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no jib-maven-plugin in pom.xml"));
	}

	@Test
	void imageIsBuiltOnlyOnRequestBecauseItNeedsTheBaseImagesRegistry() {
		assertThat(resolve(text(jib, "version"))).isEqualTo("3.5.2");
		assertThat(jib.getElementsByTagName("executions").getLength()).as("jib bound to a phase of verify").isZero();
		assertThat(resolve(text(configuration(), "outputPaths", "tar"))).isEqualTo("target/jib-image.tar");
	}

	@Test
	void baseImageIsTheJava17TemurinJrePinnedToARelease() {
		assertThat(resolve(text(configuration(), "from", "image")))
			.matches("eclipse-temurin:17\\.0\\.[0-9]+_[0-9]+-jre(-[a-z]+)?");
	}

	@Test
	void chartPullsByDefaultTheImageTheBuildNames() throws IOException {
		Node values = new Node(new Yaml().load(Files.readString(CHART.resolve("values.yaml"))));
		Map<String, Object> chart = new Yaml().load(Files.readString(CHART.resolve("Chart.yaml")));
		String version = properties.get("project.version");
		assertThat(chart.get("appVersion")).as("Chart.yaml appVersion").isEqualTo(version);
		assertThat(values.at("image", "tag").value()).as("image.tag defaults to appVersion").isEqualTo("");
		assertThat(resolve(text(configuration(), "to", "image")))
			.isEqualTo(values.at("image", "repository").value() + ":" + version);
	}

	@Test
	void imageRunsAsTheChartsUserAndWritesOnlyToTmp() throws IOException {
		Node values = new Node(new Yaml().load(Files.readString(CHART.resolve("values.yaml"))));
		Element container = child(configuration(), "container");
		assertThat(text(container, "user")).isEqualTo("10001")
			.isEqualTo(String.valueOf(values.at("securityContext", "runAsUser").value()));
		assertThat(values.at("securityContext", "readOnlyRootFilesystem").value()).isEqualTo(true);
		assertThat(texts(child(container, "jvmFlags"))).contains("-Djava.io.tmpdir=/tmp");
		assertThat(text(container, "environment", "HOME")).isEqualTo("/tmp");
	}

	@Test
	void imageStartsTheApplicationAndExposesItsPorts() {
		Element container = child(configuration(), "container");
		assertThat(text(container, "mainClass")).isEqualTo("dev.haloalertbridge.HaloAlertBridgeApplication");
		assertThat(texts(child(container, "ports"))).containsExactly("8080", "5514/tcp", "5514/udp");
		assertThat(text(container, "format")).isEqualTo("OCI");
	}

	private static Element configuration() {
		return child(jib, "configuration");
	}

	private static List<Element> plugins() {
		List<Element> plugins = new ArrayList<>();
		NodeList nodes = child(pom, "build", "plugins").getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element plugin) {
				plugins.add(plugin);
			}
		}
		return plugins;
	}

	private static String resolve(String value) {
		Matcher matcher = PROPERTY.matcher(value);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			String property = properties.get(matcher.group(1));
			assertThat(property).as("property %s", matcher.group(1)).isNotNull();
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(resolve(property)));
		}
		return matcher.appendTail(resolved).toString();
	}

	private static List<String> texts(Element parent) {
		List<String> texts = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element) {
				texts.add(element.getTextContent().trim());
			}
		}
		return texts;
	}

	private static String text(Element parent, String... path) {
		return child(parent, path).getTextContent().trim();
	}

	private static Element child(Element parent, String... path) {
		Element current = parent;
		for (String name : path) {
			Element found = null;
			NodeList nodes = current.getChildNodes();
			for (int i = 0; i < nodes.getLength() && found == null; i++) {
				if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
					found = element;
				}
			}
			assertThat(found).as("<%s> in <%s>", name, current.getTagName()).isNotNull();
			current = found;
		}
		return current;
	}

}
