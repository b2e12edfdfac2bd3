package io.github.camelcalendly.springboot.generator;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The imports of one generated source: types are imported once, by simple name, unless they live in
 * {@code java.lang}, in the source's own package, or share a simple name with a type imported before them (those
 * stay fully qualified, as do generic type expressions).
 */
public final class JavaImports {

    private final String ownPackage;
    private final Map<String, String> bySimpleName = new HashMap<>();
    private final TreeSet<String> imports = new TreeSet<>();

    public JavaImports(String ownPackage) {
        this.ownPackage = ownPackage;
    }

    /** Imports {@code type} where it can and answers how the source should spell it. */
    public String use(String type) {
        if (type.contains("<") || type.contains("[") || !type.contains(".")) {
            return type;
        }
        int dot = type.lastIndexOf('.');
        String simple = type.substring(dot + 1);
        String pkg = type.substring(0, dot);
        String taken = bySimpleName.putIfAbsent(simple, type);
        if (taken != null && !taken.equals(type)) {
            return type;
        }
        if (!pkg.equals("java.lang") && !pkg.equals(ownPackage)) {
            imports.add(type);
        }
        return simple;
    }

    /** The import block, sorted, {@code java.*} first, then a blank line and the rest; empty when none. */
    public String block() {
        StringBuilder java = new StringBuilder();
        StringBuilder others = new StringBuilder();
        for (String type : imports) {
            (type.startsWith("java.") ? java : others).append("import ").append(type).append(";\n");
        }
        if (java.length() > 0 && others.length() > 0) {
            java.append('\n');
        }
        return java.append(others).toString();
    }
}
