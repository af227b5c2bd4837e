package dev.haloalertbridge.ops;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;

import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Manifests rendered by {@code helm template}, parsed, with shortcuts to the parts the
 * chart tests look at.
 */
record RenderedManifests(List<Node> documents) {

	static RenderedManifests parse(String rendered) {
		List<Node> documents = StreamSupport.stream(new Yaml().loadAll(rendered).spliterator(), false)
			.filter(Objects::nonNull)
			.map(Node::new)
			.toList();
		return new RenderedManifests(documents);
	}

	List<String> kinds() {
		return this.documents.stream().map((document) -> (String) document.at("kind").value()).toList();
	}

	Node kind(String kind) {
		List<Node> matching = this.documents.stream()
			.filter((document) -> kind.equals(document.at("kind").value()))
			.toList();
		assertThat(matching).as("documents of kind %s", kind).hasSize(1);
		return matching.get(0);
	}

	Node deployment() {
		return kind("Deployment");
	}

	Node container() {
		List<Node> containers = deployment().at("spec", "template", "spec", "containers").list();
		assertThat(containers).hasSize(1);
		return containers.get(0);
	}

	Map<String, Object> podAnnotations() {
		return deployment().at("spec", "template", "metadata", "annotations").map();
	}

	Node volume(String name) {
		return named(deployment().at("spec", "template", "spec", "volumes"), name);
	}

	Object mountPathOfVolume(String name) {
		return named(container().at("volumeMounts"), name).at("mountPath").value();
	}

	Object env(String name) {
		return named(container().at("env"), name).at("value").value();
	}

	Object envFromSecretName() {
		List<Node> envFrom = container().at("envFrom").list();
		assertThat(envFrom).hasSize(1);
		return envFrom.get(0).at("secretRef", "name").value();
	}

	private static Node named(Node list, String name) {
		return list.list()
			.stream()
			.filter((item) -> name.equals(item.at("name").value()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entry named " + name));
	}

	/**
	 * A node of a parsed YAML document.
	 */
	record Node(Object value) {

		Node at(String... path) {
			Object current = this.value;
			for (String key : path) {
				assertThat(current).as("parent of %s", key).isInstanceOf(Map.class);
				current = ((Map<?, ?>) current).get(key);
			}
			return new Node(current);
		}

		@SuppressWarnings("unchecked")
		Map<String, Object> map() {
			assertThat(this.value).isInstanceOf(Map.class);
			return (Map<String, Object>) this.value;
		}

		List<Node> list() {
			assertThat(this.value).isInstanceOf(List.class);
			return ((List<?>) this.value).stream().map(Node::new).toList();
		}

	}

}
