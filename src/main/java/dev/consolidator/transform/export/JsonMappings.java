package dev.consolidator.transform.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mappings as JSON: {@code {"sources": {phase: "plan"|"recorded"}, "mappings": [{"phase", "kind", "old", "new",
 * "recursive"?, "methods"?}]}}, in plan order; {@code new} is null for a removed type. Flat, so a consumer's tooling reads it with one loop.
 */
public final class JsonMappings {
    // "\n" on every platform, so the export is the same text wherever it is made
    private static final ObjectMapper JSON = new ObjectMapper().setDefaultPrettyPrinter(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))).enable(SerializationFeature.INDENT_OUTPUT);

    private JsonMappings() {
    }

    public static String render(List<PhaseMappings> phases) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PhaseMappings phase : phases) {
            for (Mapping m : phase.mappings()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("phase", m.phase());
                row.put("kind", m.kind());
                row.put("old", m.oldName());
                row.put("new", m.newName());
                if (m.kind().equals("package")) row.put("recursive", m.recursive());
                if (!m.methods().isEmpty()) row.put("methods", m.methods());
                rows.add(row);
            }
        }
        try {
            Map<String, Object> sources = new LinkedHashMap<>(); // where each phase's mappings come from
            phases.forEach(p -> sources.put(p.id(), p.source().name().toLowerCase(java.util.Locale.ROOT)));
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("sources", sources);
            document.put("mappings", rows);
            return JSON.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
