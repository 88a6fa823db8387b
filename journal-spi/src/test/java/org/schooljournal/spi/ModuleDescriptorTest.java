package org.schooljournal.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** journal-spi's module descriptor, read from its compiled {@code module-info.class}. */
@DisplayName("journal-spi's module descriptor: every port exported, nothing required but the JDK")
class ModuleDescriptorTest {

    private static ModuleDescriptor spi() throws URISyntaxException {
        Path classes = Path.of(Bootstrap.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<ModuleReference> found = List.copyOf(ModuleFinder.of(classes).findAll());
        assertThat(found).hasSize(1);
        return found.get(0).descriptor();
    }

    @Test
    @DisplayName("org.schooljournal.spi exports its five packages to everyone and opens none")
    void exportsEveryPackage() throws URISyntaxException {
        ModuleDescriptor spi = spi();

        assertThat(spi.name()).isEqualTo("org.schooljournal.spi");
        assertThat(spi.isAutomatic()).isFalse();
        assertThat(spi.exports()).noneMatch(ModuleDescriptor.Exports::isQualified)
                .extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder(
                        "org.schooljournal.spi", "org.schooljournal.spi.identity", "org.schooljournal.spi.notify",
                        "org.schooljournal.spi.signature", "org.schooljournal.spi.storage");
        assertThat(spi.packages()).hasSize(5);
        assertThat(spi.opens()).isEmpty();
    }

    @Test
    @DisplayName("it requires java.base alone: ports show no library type (DESIGN.md)")
    void requiresTheJdkOnly() throws URISyntaxException {
        assertThat(spi().requires()).extracting(ModuleDescriptor.Requires::name).containsExactly("java.base");
    }
}
