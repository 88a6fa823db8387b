package org.schooljournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The manifest shown in docs/integrity.md is one this library reads, and writes again byte for
 * byte: the description and the code cannot drift apart.
 */
@Tag("ARC-4")
@DisplayName("ARC-4: the checkpoint manifest shown in docs/integrity.md reads, and is written back byte for byte")
class DocumentedIntegrityTest {

    private static final Path DOC = Path.of(System.getProperty("schooljournal.integrityDoc", "../docs/integrity.md"));

    @Test
    @DisplayName("the documented manifest: school 86-001's three streams, the school's own at the checkpoint's envelope")
    void documentedManifest() throws IOException {
        List<String> manifests = new ArrayList<>();
        String[] blocks = Files.readString(DOC, StandardCharsets.UTF_8).split("```");
        for (int i = 1; i < blocks.length; i += 2) {
            if (blocks[i].startsWith("\n{\"format\":\"school-journal-checkpoint\"")) {
                manifests.add(blocks[i].substring(1));
            }
        }
        assertThat(manifests).hasSize(1);
        byte[] bytes = manifests.get(0).getBytes(StandardCharsets.US_ASCII);

        Checkpoint checkpoint = CheckpointManifest.parse(bytes, "docs/integrity.md");

        assertThat(checkpoint.schoolId()).isEqualTo("86-001");
        assertThat(checkpoint.sequence()).isEqualTo(34);
        assertThat(checkpoint.recordedAt()).isEqualTo(Instant.parse("2026-10-12T19:00:00Z"));
        assertThat(checkpoint.heads()).extracting(StreamHead::streamId).containsExactly("school-86-001",
                "school-86-001/journal/5А/math", "school-86-001/journal/5Б/rus");
        assertThat(checkpoint.manifest()).isEqualTo(bytes);
    }
}
