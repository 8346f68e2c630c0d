package dev.consolidator.transform.source;

/**
 * A .java file as the cheap scan sees it: its package (from the declaration, "" for the default package), the source
 * root it sits under (null when its directory does not match its package) and its primary type name (the file name;
 * empty for package-info.java and module-info.java).
 */
public record JavaFile(String path, String packageName, String root, String primaryType) {
    public boolean isPackageInfo() {
        return path.endsWith("package-info.java");
    }

    public String primaryFqn() {
        return primaryType.isEmpty() ? "" : SourceModel.qualify(packageName, primaryType);
    }
}
