package dev.consolidator.git;

import static dev.consolidator.git.CommitChangesTest.BOT;
import static dev.consolidator.git.CommitChangesTest.cloneOf;
import static dev.consolidator.git.CommitChangesTest.sha;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeContentTest {
    @TempDir
    Path tmp;

    @Test
    void reading_a_tree_keeps_text_byte_exact_and_skips_binary_invalid_and_large_files() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of(
                "src/main/java/a/A.java", "package a;\n\nclass A {}\n",
                "docs/naïve.md", "über ✓\r\nwindows line\r\n"))) {
            remote.write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'});
            remote.write("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
            remote.write("latin1.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
            remote.write("big.txt", "x".repeat(2_000).getBytes(StandardCharsets.UTF_8));
            String head = remote.commitAll("assorted files");

            try (LocalRepository checkout = LocalRepository.open(remote.checkout)) {
                TextFiles tree = ReadTextFiles.atCommit(checkout, head, 1_000);

                assertEquals(List.of("bom.txt", "docs/naïve.md", "src/main/java/a/A.java"),
                        List.copyOf(tree.files().keySet()));
                assertEquals("package a;\n\nclass A {}\n", tree.files().get("src/main/java/a/A.java"));
                assertEquals("über ✓\r\nwindows line\r\n", tree.files().get("docs/naïve.md"));
                assertEquals("\uFEFFhi", tree.files().get("bom.txt"));
                assertEquals(List.of(
                        new TextFiles.Skipped("big.txt", TextFiles.Reason.TOO_LARGE, 2_000),
                        new TextFiles.Skipped("latin1.txt", TextFiles.Reason.NOT_UTF8, 4),
                        new TextFiles.Skipped("logo.png", TextFiles.Reason.BINARY, 7)), tree.skipped());
            }
        }
    }

    @Test
    void a_java_file_in_iso_8859_1_is_read_byte_for_character_and_marked_not_utf8() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("src/main/java/a/A.java", "package a;\n\nclass A {}\n"))) {
            String source = "package a;\n\n/** \u00c5ngstr\u00f6m. */\nclass Entities {\n    A a;\n}\n";
            remote.write("src/main/java/a/Entities.java", source.getBytes(StandardCharsets.ISO_8859_1));
            String head = remote.commitAll("an ISO-8859-1 source");

            try (LocalRepository checkout = LocalRepository.open(remote.checkout)) {
                TextFiles tree = ReadTextFiles.atCommit(checkout, head);

                assertEquals(source, tree.files().get("src/main/java/a/Entities.java"));
                assertEquals(java.util.Set.of("src/main/java/a/Entities.java"), tree.notUtf8());
                assertEquals(List.of(), tree.skipped());
            }
        }
    }

    @Test
    void manifest_hashes_equal_sha256sum_of_the_checked_out_files() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/sha256sum")), "sha256sum not installed");
        try (Remote remote = Remote.create(tmp, "main", Map.of(
                "src/main/java/a/A.java", "package a;\nclass A {}\n", "README.md", "read me\n"))) {
            byte[] binary = new byte[300_000];
            new java.util.Random(42).nextBytes(binary);
            remote.write("lib/blob.bin", binary);
            remote.write("empty.txt", new byte[0]);
            String head = remote.commitAll("more files");

            List<FileDigest> manifest;
            try (LocalRepository checkout = LocalRepository.open(remote.checkout)) {
                manifest = FileManifest.ofCommit(checkout, head);
            }

            List<String> paths = manifest.stream().map(FileDigest::path).toList();
            assertEquals(List.of("README.md", "empty.txt", "lib/blob.bin", "src/main/java/a/A.java"), paths);
            List<String> command = new ArrayList<>(List.of("sha256sum"));
            command.addAll(paths);
            Process process = new ProcessBuilder(command).directory(remote.checkout.toFile()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor());
            Map<String, String> expected = new TreeMap<>();
            output.lines().map(line -> line.split("\\s+\\*?", 2)).forEach(p -> expected.put(p[1], p[0]));
            Map<String, String> actual = new TreeMap<>();
            manifest.forEach(d -> actual.put(d.path(), d.sha256()));
            assertEquals(expected, actual);
            assertEquals(300_000, manifest.get(2).size());
        }
    }

    @Test
    void ten_thousand_files_are_committed_in_core_read_back_and_hashed() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("README.md", "x\n"));
             LocalRepository clone = cloneOf(remote)) {
            Map<String, String> files = new TreeMap<>();
            for (int i = 0; i < 10_000; i++) {
                files.put("src/main/java/p" + (i % 300) + "/C" + i + ".java",
                        "package p" + (i % 300) + ";\n\nimport java.util.List;\n\npublic class C" + i
                                + " {\n    List<String> names;\n}\n".repeat(1 + i % 5));
            }
            String base = Refs.remoteBranch(clone, "main").orElseThrow();
            long startCommit = System.nanoTime();
            String head = sha(CommitChanges.on(clone, CommitRequest.of("big", base, files, Set.of(), "10k files", BOT)));
            long commitMillis = (System.nanoTime() - startCommit) / 1_000_000;

            long start = System.nanoTime();
            TextFiles tree = ReadTextFiles.atCommit(clone, head);
            long readMillis = (System.nanoTime() - start) / 1_000_000;
            long startManifest = System.nanoTime();
            int hashed = FileManifest.ofCommit(clone, head).size();
            long manifestMillis = (System.nanoTime() - startManifest) / 1_000_000;

            System.out.printf("10k files: in-core commit %d ms, read tree %d ms, manifest %d ms%n",
                    commitMillis, readMillis, manifestMillis);
            assertThat(tree.files().keySet()).hasSize(10_001);
            assertEquals(10_001, hashed);
            assertEquals(files.get("src/main/java/p7/C7.java"), tree.files().get("src/main/java/p7/C7.java"));
        }
    }
}
