package dev.haloalertbridge.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.haloalertbridge.HaloAlertBridgeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The bridge started with bad settings: start-up ends in Spring Boot's short failure
 * report, which names each setting and its environment variable, and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsFailureAnalyzerTests {

	private static final String SECRET = "s3cr3t-never-shown";

	private static final String[] VALID = { "--halo.client-id=abc", "--halo.client-secret=" + SECRET,
			"--halo.resource-server=https://acme.halopsa.com/api",
			"--halo.authorization-server=https://acme.halopsa.com/auth/", "--bridge.mapping.defaults.client-id=1",
			"--bridge.mapping.defaults.ticket-type-id=1" };

	@Test
	void missingHaloSettingsAreReportedByNameAndVariableWithoutAStackTrace(CapturedOutput output) {
		fail(Map.of(), "--server.port=0", "--spring.main.banner-mode=off", "--bridge.mapping.defaults.client-id=1",
				"--bridge.mapping.defaults.ticket-type-id=1", "--halo.client-id=abc");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("halo.client-secret (environment variable HALO_CLIENT_SECRET) is missing")
			.contains("halo.resource-server (environment variable HALO_RESOURCE_SERVER) is missing")
			.contains("halo.authorization-server (environment variable HALO_AUTHORIZATION_SERVER) is missing")
			.contains("sandbox profile")
			.doesNotContain("halo.client-id (", "HALO_TENANT", "\tat dev.haloalertbridge");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"halo.authorization-server=acme.halopsa.com | HALO_AUTHORIZATION_SERVER | must be an http(s) URL",
			"halo.budget.safety-margin=-1 | HALO_BUDGET_SAFETY_MARGIN | must be greater than or equal to 0, not '-1'",
			"halo.budget.background-reserve=290 | HALO_BUDGET_BACKGROUND_RESERVE | must leave calls under halo.budget.limit (300)",
			"halo.connect-timeout=soon | HALO_CONNECT_TIMEOUT | cannot be read as Duration",
			"bridge.outbox.max-backoff=forever | BRIDGE_OUTBOX_MAX_BACKOFF | cannot be read as Duration",
			"bridge.ingest.default-severity=urgent | BRIDGE_INGEST_DEFAULT_SEVERITY | cannot be read as Severity",
			"bridge.mapping.defaults.client-id=0 | BRIDGE_MAPPING_DEFAULTS_CLIENT_ID | must be greater than or equal to 1",
			"bridge.mapping.rules[0].match.hostname=db( | BRIDGE_MAPPING_RULES_0_MATCH_HOSTNAME | is not a valid regular expression",
			"bridge.ingest.sources.fw.vendor=sonicwal | BRIDGE_INGEST_SOURCES_FW_VENDOR | names no vendor the bridge knows" })
	void invalidSettingIsReportedByNameAndVariable(String setting, String variable, String problem,
			CapturedOutput output) {
		String property = setting.substring(0, setting.indexOf('='));
		fail(Map.of(), args("--" + setting));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains(property + " (environment variable " + variable + ") ")
			.contains(problem)
			.contains("docs/configuration.md")
			.doesNotContain(SECRET, "\tat dev.haloalertbridge");
	}

	@Test
	void badSyslogSourceIsReportedByItsName(CapturedOutput output) {
		fail(Map.of(),
				args("--bridge.syslog.sources.fw.vendor=sonicwall", "--bridge.syslog.sources.fw.allow=10.0.0.300"));
		assertThat(output)
			.contains("bridge.syslog.sources.fw (environment variable BRIDGE_SYSLOG_SOURCES_FW) is not usable")
			.contains("10.0.0.300");
	}

	@Test
	void theVariableNamedIsTheOneThatSetsTheValue(CapturedOutput output) {
		fail(Map.of("BRIDGE_OUTBOX_MAX_BACKOFF", "forever"), args());
		assertThat(output).contains("bridge.outbox.max-backoff (environment variable BRIDGE_OUTBOX_MAX_BACKOFF)")
			.contains("'forever'");
	}

	@Test
	void environmentVariableFollowsRelaxedBinding() {
		assertThat(InvalidSettingsException.environmentVariable("halo.client-id")).isEqualTo("HALO_CLIENT_ID");
		assertThat(InvalidSettingsException.environmentVariable("bridge.mapping.rules[0].match.hostname"))
			.isEqualTo("BRIDGE_MAPPING_RULES_0_MATCH_HOSTNAME");
		assertThat(InvalidSettingsException.environmentVariable("bridge.ingest.sources.crowdsec-acme.token"))
			.isEqualTo("BRIDGE_INGEST_SOURCES_CROWDSEC_ACME_TOKEN");
	}

	@Test
	void otherFailuresAreLeftToSpringBoot() {
		assertThat(new SettingsFailureAnalyzer().analyze(new IllegalStateException("not about settings"))).isNull();
	}

	/**
	 * Valid settings, with the given ones in place of any of the same name.
	 */
	private static String[] args(String... settings) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
		Arrays.stream(VALID)
			.filter((valid) -> Arrays.stream(settings).noneMatch((setting) -> sameName(valid, setting)))
			.forEach(args::add);
		args.addAll(Arrays.asList(settings));
		return args.toArray(String[]::new);
	}

	private static boolean sameName(String one, String other) {
		return one.substring(0, one.indexOf('=')).equals(other.substring(0, other.indexOf('=')));
	}

	private static void fail(Map<String, Object> variables, String... args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(HaloAlertBridgeApplication.class).environment(environment)
				.run(args));
	}

}
