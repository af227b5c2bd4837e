package dev.haloalertbridge.ops;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs the connection check once the bridge has started. With {@code --check} on the
 * command line it is a one-shot command: it prints the checklist and exits, 0 when every
 * check passed and 1 otherwise, so it can run before the first deployment. Otherwise it
 * logs the checklist (when {@code bridge.check.on-startup} is set), warning about
 * failures without stopping the bridge.
 */
@Component
class CheckCommand implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(CheckCommand.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final ConnectionCheck check;

	private final CheckProperties properties;

	private final ConfigurableApplicationContext context;

	CheckCommand(ConnectionCheck check, CheckProperties properties, ConfigurableApplicationContext context) {
		this.check = check;
		this.properties = properties;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("check")) {
			int code = printAndScore(System.out);
			System.exit(SpringApplication.exit(this.context, (ExitCodeGenerator) () -> code));
		}
		if (this.properties.onStartup()) {
			this.check.run().subscribe(CheckCommand::log, (ex) -> logger.warn("Halo connection check failed", ex));
		}
	}

	/**
	 * Runs the checklist, prints it, and says how it went.
	 * @param out where to print
	 * @return 0 when every check passed, 1 otherwise
	 */
	int printAndScore(PrintStream out) {
		List<Check> checks = this.check.run().block(TIMEOUT);
		out.println("Halo connection check");
		checks.forEach((check) -> out.println("  " + check.line()));
		boolean passed = checks.stream().allMatch((check) -> check.outcome() == Check.Outcome.PASSED);
		out.println(passed ? "All checks passed." : "Some checks failed: fix them in Halo or in the configuration.");
		return passed ? 0 : 1;
	}

	private static void log(List<Check> checks) {
		for (Check check : checks) {
			if (check.outcome() == Check.Outcome.PASSED) {
				logger.info("Halo check {}", check.line());
			}
			else {
				logger.warn("Halo check {}", check.line());
			}
		}
	}

}
