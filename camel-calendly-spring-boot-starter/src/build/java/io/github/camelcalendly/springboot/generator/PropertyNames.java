package io.github.camelcalendly.springboot.generator;

import java.util.Locale;

/** How Spring Boot spells an option's name: in a properties file and as an environment variable. */
public final class PropertyNames {

    private PropertyNames() {
    }

    /** {@code maxRetryDelay} → {@code max-retry-delay}, the canonical form Spring Boot documents. */
    public static String kebab(String camelCase) {
        StringBuilder out = new StringBuilder(camelCase.length() + 8);
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The environment variable Spring Boot binds to a property: dots become underscores, dashes go, upper case
     * ({@code camel.component.calendly.access-token} → {@code CAMEL_COMPONENT_CALENDLY_ACCESSTOKEN}).
     */
    public static String environmentVariable(String prefix, String option) {
        return (prefix + "." + kebab(option)).replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
    }
}
