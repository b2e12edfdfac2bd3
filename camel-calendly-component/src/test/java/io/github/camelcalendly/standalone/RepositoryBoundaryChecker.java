package io.github.camelcalendly.standalone;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines of a pom or source file that reach outside the repository, so that a fresh clone builds on its
 * own. A line is reported when
 * <ul>
 * <li>it names the design folder that sits beside the repository on a maintainer's machine: a relative path to a
 * {@code shared} folder after one or more parent steps, or a property for that folder's path (see
 * {@code SHARED_PROPERTY}), or</li>
 * <li>a path on it steps above the repository root: in a pom, a path relative to the pom's folder or starting with
 * {@code ${project.basedir}}, {@code ${basedir}}, {@code ${project.parent.basedir}} or
 * {@code ${maven.multiModuleProjectDirectory}}; in Java, a string literal, or a run of comma-separated literals
 * ({@code "..", "README.md"}) read as one path from any of its literals on, taken relative to the module folder,
 * where tests run; in Markdown, a path relative to the file's own folder; in any other file, a path relative to the
 * module folder. Only paths with a {@code ..} segment or one of those variables are followed, so URL paths such as
 * {@code /users/me} are left alone, and so are absolute paths (see the next rule). A path that climbs above the root
 * and comes back in is reported too: it depends on the folder name of the clone.</li>
 * <li>Java code opens an absolute file path ({@code Path.of("/...")}, {@code new File("/...")} and the like).</li>
 * </ul>
 * It reads nothing from disk: the caller passes each file's path and text.
 */
final class RepositoryBoundaryChecker {

    private static final Pattern SHARED_FOLDER = Pattern.compile("(?:\\.\\.[/\\\\])+shared\\b");
    private static final Pattern SHARED_PROPERTY = Pattern.compile("\\b(?:[\\w-]+\\.)*shared\\.dir\\b");
    private static final Pattern PATH_TOKEN = Pattern.compile("(?:\\$\\{[\\w.-]+}|[^\\s<>\"'`,;:()=\\[\\]|{}$])+");
    private static final Pattern OPENS_FILE = Pattern.compile("(?:Path\\.of|Paths\\.get"
            + "|new\\s+(?:[\\w.]+\\.)?File(?:InputStream|OutputStream|Reader|Writer)?)\\s*\\(\\s*$");
    private static final Pattern ABSOLUTE = Pattern.compile("^(?:/|~|[A-Za-z]:[/\\\\]).*", Pattern.DOTALL);

    private final Path root;

    /**
     * @param root the repository root, an absolute path; nothing under it is read
     */
    RepositoryBoundaryChecker(Path root) {
        if (!root.isAbsolute()) {
            throw new IllegalArgumentException("The repository root must be an absolute path, got " + root);
        }
        this.root = root.normalize();
    }

    /**
     * The violations of one file.
     *
     * @param file a path under the repository root (the file need not exist)
     * @param text the file's content
     */
    List<Violation> check(Path file, String text) {
        Path normalized = file.toAbsolutePath().normalize();
        if (!normalized.startsWith(root)) {
            throw new IllegalArgumentException(file + " is not under the repository root " + root);
        }
        String name = normalized.getFileName().toString();
        String shown = root.relativize(normalized).toString().replace('\\', '/');
        List<Violation> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String problem = sharedFolderProblem(lines[i]);
            if (problem != null) {
                found.add(new Violation(shown, i + 1, problem));
            }
        }
        if (name.equals("pom.xml")) {
            Path module = normalized.getParent();
            Map<String, Path> variables = Map.of(
                    "${project.basedir}", module,
                    "${basedir}", module,
                    "${project.parent.basedir}", module.equals(root) ? module.resolve("..").normalize()
                            : module.getParent(),
                    "${maven.multiModuleProjectDirectory}", root);
            checkLines(lines, module, variables, shown, found);
        } else if (name.endsWith(".java")) {
            checkJava(text, moduleOf(normalized), shown, found);
        } else if (name.endsWith(".md")) {
            checkLines(lines, normalized.getParent(), Map.of(), shown, found);
        } else {
            checkLines(lines, moduleOf(normalized), Map.of(), shown, found);
        }
        return found;
    }

    private void checkLines(String[] lines, Path base, Map<String, Path> variables, String shown,
            List<Violation> found) {
        for (int i = 0; i < lines.length; i++) {
            for (String token : tokens(lines[i])) {
                String problem = escapes(token, base, variables);
                if (problem != null) {
                    found.add(new Violation(shown, i + 1, problem));
                }
            }
        }
    }

    private void checkJava(String text, Path module, String shown, List<Violation> found) {
        for (JavaStringLiterals.Run run : JavaStringLiterals.runs(text)) {
            if (OPENS_FILE.matcher(run.before()).find() && ABSOLUTE.matcher(run.parts().get(0)).matches()) {
                found.add(new Violation(shown, run.line(), "opens the absolute path \"" + run.joined()
                        + "\", which is outside the repository"));
                continue;
            }
            // a run may start with a property name or a folder the code replaces, so every tail is a candidate path
            for (int from = 0; from < run.parts().size(); from++) {
                List<Violation> escaping = escapingTokens(run.joinedFrom(from), run.line(), module, shown);
                if (!escaping.isEmpty()) {
                    found.addAll(escaping);
                    break;
                }
            }
        }
    }

    private List<Violation> escapingTokens(String literal, int firstLine, Path module, String shown) {
        List<Violation> escaping = new ArrayList<>();
        Matcher tokens = PATH_TOKEN.matcher(literal);
        while (tokens.find()) {
            String problem = escapes(tokens.group(), module, Map.of());
            if (problem != null) {
                int line = firstLine + (int) literal.substring(0, tokens.start()).chars().filter(c -> c == '\n')
                        .count();
                escaping.add(new Violation(shown, line, "string literal " + problem));
            }
        }
        return escaping;
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = PATH_TOKEN.matcher(line);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Why the token leads outside the repository, or null when it does not or is not a path to follow. */
    private String escapes(String token, Path base, Map<String, Path> variables) {
        Path start = null;
        String rest = token;
        for (Map.Entry<String, Path> variable : variables.entrySet()) {
            if (token.startsWith(variable.getKey())) {
                start = variable.getValue();
                rest = token.substring(variable.getKey().length());
                break;
            }
        }
        List<String> segments = List.of(rest.split("[/\\\\]", -1));
        if (start == null) {
            if (!segments.contains("..")) {
                return null;
            }
            if (ABSOLUTE.matcher(rest).matches()) {
                return null;
            }
            start = base;
        }
        if (!start.startsWith(root)) {
            return "\"" + token + "\" starts outside the repository root";
        }
        int depth = start.equals(root) ? 0 : root.relativize(start).getNameCount();
        for (String segment : segments) {
            if (segment.equals("..")) {
                depth--;
                if (depth < 0) {
                    return "\"" + token + "\" (from " + describe(start) + ") climbs above the repository root";
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return null;
    }

    private String describe(Path folder) {
        return folder.equals(root) ? "the repository root" : root.relativize(folder).toString().replace('\\', '/');
    }

    /** The module folder of a file under a module's {@code src}: the folder that holds that {@code src}. */
    private Path moduleOf(Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("src") && !dir.equals(root)) {
                return dir.getParent();
            }
        }
        return file.getParent();
    }

    /** Why the line names the folder beside the repository, or null when it does not. */
    private static String sharedFolderProblem(String line) {
        if (SHARED_FOLDER.matcher(line).find()) {
            return "names a shared folder beside the repository; keep what the build needs inside the repository"
                   + " (test resources)";
        }
        Matcher property = SHARED_PROPERTY.matcher(line);
        if (property.find()) {
            return "names the property " + property.group() + ", which points beside the repository; read test data"
                   + " from the class path instead";
        }
        return null;
    }
}
