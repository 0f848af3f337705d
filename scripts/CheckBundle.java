import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks an unpacked Maven Central bundle (run by scripts/check-bundle.sh with
 * {@code java scripts/CheckBundle.java DIR}; JDK only, no dependencies).
 *
 * <p>Every artifact must have its POM; a jar artifact its jar, sources and Javadoc jars; every
 * file its {@code .asc} (verified with gpg), {@code .md5} and {@code .sha1} (recomputed). Every
 * POM must carry, itself or through a parent that is also in the bundle, what Central requires:
 * name and description (in the POM itself), url, licenses, developers and scm. Every jar must
 * be a named JPMS module. smp-bom must manage exactly the jar artifacts of the bundle and
 * nothing from a third party, and neither it nor its parents may carry other dependency
 * management. Modules that are not published must be absent. Exits 1 listing every problem.
 */
public class CheckBundle {

  static final String GROUP = "io.github.smpkit";
  static final String BOM = "smp-bom";
  static final Set<String> NOT_PUBLISHED = Set.of("examples", "smpkit-jpms-check");

  final List<String> problems = new ArrayList<>();
  final Map<String, Document> poms = new TreeMap<>();
  int filesChecked;

  public static void main(String[] args) throws Exception {
    CheckBundle check = new CheckBundle();
    check.run(Path.of(args[0]));
    if (!check.problems.isEmpty()) {
      System.err.println("check-bundle: " + check.problems.size() + " problem(s):");
      check.problems.forEach(p -> System.err.println("  - " + p));
      System.exit(1);
    }
  }

  void run(Path root) throws Exception {
    List<Path> versionDirs;
    try (Stream<Path> files = Files.walk(root)) {
      versionDirs = files.filter(f -> f.getFileName().toString().endsWith(".pom"))
          .map(Path::getParent).distinct().sorted().collect(Collectors.toList());
    }
    if (versionDirs.isEmpty()) {
      problems.add("the bundle holds no POM at all");
      return;
    }
    Map<String, String> packagings = new TreeMap<>();
    for (Path dir : versionDirs) {
      String version = dir.getFileName().toString();
      String artifactId = dir.getParent().getFileName().toString();
      String base = artifactId + "-" + version;
      Path pom = dir.resolve(base + ".pom");
      if (!Files.exists(pom)) {
        problems.add(root.relativize(dir) + ": no " + base + ".pom");
        continue;
      }
      Document doc = parse(pom);
      poms.put(artifactId, doc);
      String packaging = text(doc.getDocumentElement(), "packaging").orElse("jar");
      packagings.put(artifactId, packaging);
      if (NOT_PUBLISHED.contains(artifactId)) {
        problems.add(artifactId + " is not meant to be published but is in the bundle");
      }
      List<String> required = new ArrayList<>(List.of(base + ".pom"));
      if (packaging.equals("jar")) {
        required.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
      }
      for (String name : required) {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
          problems.add(artifactId + ": missing " + name);
          continue;
        }
        checkSignatureAndChecksums(artifactId, file);
      }
      if (packaging.equals("jar")) {
        checkJars(artifactId, dir, base);
      }
    }
    for (String artifactId : poms.keySet()) {
      checkPom(artifactId);
    }
    checkBom(packagings);
    System.out.println("check-bundle: " + poms.size() + " artifacts " + poms.keySet() + ", "
        + filesChecked + " files with signature and checksums, "
        + (problems.isEmpty() ? "all good" : problems.size() + " problem(s)"));
  }

  void checkSignatureAndChecksums(String artifactId, Path file) throws Exception {
    filesChecked++;
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    for (String[] sum : new String[][] {{"md5", "MD5"}, {"sha1", "SHA-1"}}) {
      Path sumFile = file.resolveSibling(name + "." + sum[0]);
      if (!Files.exists(sumFile)) {
        problems.add(artifactId + ": missing " + sumFile.getFileName());
        continue;
      }
      String expected = Files.readString(sumFile, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
      String actual = digest(sum[1], bytes);
      if (!expected.equalsIgnoreCase(actual)) {
        problems.add(artifactId + ": " + sumFile.getFileName() + " says " + expected + ", content is "
            + actual);
      }
    }
    Path asc = file.resolveSibling(name + ".asc");
    if (!Files.exists(asc)) {
      problems.add(artifactId + ": missing " + asc.getFileName());
      return;
    }
    Process gpg = new ProcessBuilder("gpg", "--batch", "--quiet", "--verify", asc.toString(),
        file.toString()).redirectErrorStream(true).start();
    String out = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (gpg.waitFor() != 0) {
      problems.add(artifactId + ": bad signature " + asc.getFileName() + ": " + out.strip());
    }
  }

  void checkJars(String artifactId, Path dir, String base) throws IOException {
    try (ZipFile jar = new ZipFile(dir.resolve(base + ".jar").toFile())) {
      if (jar.getEntry("module-info.class") == null) {
        problems.add(artifactId + ": " + base + ".jar is not a named module (no module-info.class)");
      }
    } catch (IOException e) {
      problems.add(artifactId + ": cannot read " + base + ".jar: " + e.getMessage());
    }
    Path sources = dir.resolve(base + "-sources.jar");
    if (Files.exists(sources)) {
      try (ZipFile jar = new ZipFile(sources.toFile())) {
        if (jar.stream().noneMatch(e -> e.getName().endsWith(".java"))) {
          problems.add(artifactId + ": " + sources.getFileName() + " holds no .java file");
        }
      }
    }
    Path javadoc = dir.resolve(base + "-javadoc.jar");
    if (Files.exists(javadoc)) {
      try (ZipFile jar = new ZipFile(javadoc.toFile())) {
        if (jar.getEntry("index.html") == null) {
          problems.add(artifactId + ": " + javadoc.getFileName() + " has no index.html");
        }
      }
    }
  }

  /** Central's POM requirements, following parents that are in the bundle. */
  void checkPom(String artifactId) {
    Element project = poms.get(artifactId).getDocumentElement();
    for (String own : List.of("name", "description")) {
      if (text(project, own).filter(s -> !s.isBlank()).isEmpty()) {
        problems.add(artifactId + ": POM has no <" + own + ">");
      }
    }
    if (inherited(artifactId, "groupId").isEmpty() && text(project, "parent/groupId").isEmpty()) {
      problems.add(artifactId + ": POM has no <groupId>");
    }
    for (String path : List.of("url", "licenses/license/name", "licenses/license/url",
        "developers/developer/name", "scm/url", "scm/connection", "scm/developerConnection")) {
      if (inherited(artifactId, path).isEmpty()) {
        problems.add(artifactId + ": POM (with its parents in the bundle) has no <"
            + path.replace("/", "><") + ">");
      }
    }
    if (text(project, "version").map(v -> v.endsWith("-SNAPSHOT")).orElse(false)) {
      problems.add(artifactId + ": a -SNAPSHOT version cannot go to Central");
    }
  }

  Optional<String> inherited(String artifactId, String path) {
    Set<String> seen = new TreeSet<>();
    String current = artifactId;
    while (current != null && seen.add(current)) {
      Document doc = poms.get(current);
      if (doc == null) {
        problems.add(artifactId + ": parent " + current + " is not in the bundle");
        return Optional.empty();
      }
      Optional<String> value = text(doc.getDocumentElement(), path).filter(s -> !s.isBlank());
      if (value.isPresent()) {
        return value;
      }
      Element project = doc.getDocumentElement();
      current = text(project, "parent/groupId").filter(GROUP::equals).isPresent()
          ? text(project, "parent/artifactId").orElse(null)
          : null;
    }
    return Optional.empty();
  }

  /** smp-bom manages exactly the bundle's jars, all ours, with no third-party versions around. */
  void checkBom(Map<String, String> packagings) {
    Document bom = poms.get(BOM);
    if (bom == null) {
      problems.add(BOM + " is not in the bundle");
      return;
    }
    Set<String> jars = packagings.entrySet().stream().filter(e -> e.getValue().equals("jar"))
        .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    Set<String> managed = new TreeSet<>();
    for (Element dep : children(bom.getDocumentElement(), "dependencyManagement/dependencies/dependency")) {
      String groupId = text(dep, "groupId").orElse("");
      String artifactId = text(dep, "artifactId").orElse("");
      if (!groupId.equals(GROUP) && !groupId.equals("${project.groupId}")) {
        problems.add(BOM + " manages a third-party dependency: " + groupId + ":" + artifactId);
      }
      managed.add(artifactId);
    }
    if (!managed.equals(jars)) {
      problems.add(BOM + " manages " + managed + " but the bundle's jar modules are " + jars);
    }
    if (!children(bom.getDocumentElement(), "dependencies/dependency").isEmpty()) {
      problems.add(BOM + " declares dependencies of its own");
    }
    Element project = bom.getDocumentElement();
    Set<String> seen = new TreeSet<>();
    while (text(project, "parent/artifactId").isPresent()) {
      String parent = text(project, "parent/artifactId").get();
      if (!seen.add(parent) || !poms.containsKey(parent)) {
        break;
      }
      project = poms.get(parent).getDocumentElement();
      if (!children(project, "dependencyManagement/dependencies/dependency").isEmpty()) {
        problems.add(BOM + "'s parent " + parent + " has dependencyManagement: it would leak to users");
      }
    }
  }

  static Document parse(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(pom)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  /** Direct-child path lookup (a/b/c), first match; only elements, not descendants. */
  static Optional<String> text(Element from, String path) {
    List<Element> found = children(from, path);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).getTextContent().trim());
  }

  static List<Element> children(Element from, String path) {
    List<Element> current = List.of(from);
    for (String step : path.split("/")) {
      List<Element> next = new ArrayList<>();
      for (Element e : current) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element && ((Element) n).getTagName().equals(step)) {
            next.add((Element) n);
          }
        }
      }
      current = next;
    }
    return current;
  }

  static String digest(String algorithm, byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
  }
}
