package dev.haloalertbridge.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.haloalertbridge.support.InvalidSettingsException.InvalidSetting;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns a start-up failure caused by settings into Spring Boot's short "APPLICATION
 * FAILED TO START" report, naming each setting and the environment variable that sets it
 * (most deployments set the bridge through the environment). It covers the bridge's own
 * checks ({@link InvalidSettingsException}), bean validation of the
 * {@code @ConfigurationProperties} records ({@link BindValidationException}) and values
 * that cannot be converted ({@link BindException}). It runs before Boot's analyzers of
 * the same exceptions, which name the property only. A value is shown only when its name
 * does not suggest a secret.
 */
class SettingsFailureAnalyzer implements FailureAnalyzer, Ordered {

	private static final Pattern SENSITIVE = Pattern.compile(".*(secret|password|token|credential|key).*");

	private static final Pattern NAMED_INDEX = Pattern.compile("\\[(\\D[^]]*)]");

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		List<Throwable> chain = chain(failure);
		for (Throwable cause : chain) {
			if (cause instanceof InvalidSettingsException invalid) {
				return analysis(invalid.settings(), invalid.hint(), failure);
			}
		}
		for (Throwable cause : chain) {
			if (cause instanceof BindValidationException invalid) {
				return analysis(settings(invalid.getValidationErrors()), "", failure);
			}
		}
		for (Throwable cause : chain) {
			if (cause instanceof BindException unbindable) {
				return analysis(List.of(setting(unbindable)), "", failure);
			}
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private static FailureAnalysis analysis(List<InvalidSetting> settings, String hint, Throwable failure) {
		String description = settings.stream()
			.map((setting) -> "    " + setting.property() + " (environment variable " + setting.environmentVariable()
					+ ") " + setting.problem())
			.collect(Collectors.joining("\n", "The bridge's settings are missing or invalid:\n\n", ""));
		String action = "Set or correct each setting above: in application.yaml next to the jar, as the environment"
				+ " variable shown, or as --<setting>=<value> on the command line. docs/configuration.md describes"
				+ " every setting." + (hint.isEmpty() ? "" : " " + hint);
		return new FailureAnalysis(description, action, failure);
	}

	private static List<InvalidSetting> settings(ValidationErrors errors) {
		List<InvalidSetting> settings = new ArrayList<>();
		for (ObjectError error : errors) {
			String property = errors.getName().toString();
			if (error instanceof FieldError field) {
				property = property + "."
						+ NAMED_INDEX.matcher(DataObjectPropertyName.toDashedForm(field.getField())).replaceAll(".$1");
			}
			String problem = String.valueOf(error.getDefaultMessage()) + value(errors, property);
			settings.add(new InvalidSetting(property, problem));
		}
		return settings;
	}

	private static String value(ValidationErrors errors, String property) {
		if (isSensitive(property)) {
			return "";
		}
		return errors.getBoundProperties()
			.stream()
			.filter((bound) -> bound.getName().toString().equals(property))
			.map(ConfigurationProperty::getValue)
			.findFirst()
			.map((value) -> ", not '" + value + "'")
			.orElse("");
	}

	private static InvalidSetting setting(BindException ex) {
		String property = ex.getName().toString();
		Class<?> type = ex.getTarget().getType().resolve();
		String readAs = (type != null && ex.getProperty() != null) ? " as " + readable(ex.getTarget().getType()) : "";
		String reason = isSensitive(property) ? "" : ": " + innermost(ex).getMessage();
		return new InvalidSetting(property, "cannot be read" + readAs + reason);
	}

	private static String readable(ResolvableType type) {
		Class<?> resolved = type.resolve();
		return (resolved != null) ? resolved.getSimpleName() : type.toString();
	}

	private static boolean isSensitive(String property) {
		return SENSITIVE.matcher(property.toLowerCase(Locale.ROOT)).matches();
	}

	private static Throwable innermost(Throwable failure) {
		List<Throwable> chain = chain(failure);
		return chain.get(chain.size() - 1);
	}

	private static List<Throwable> chain(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
			chain.add(cause);
		}
		return chain;
	}

}
