package org.schooljournal.core.modules;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads the compiled module descriptor of the module (a jar or target/classes) that holds a class. */
final class Descriptors {

    private Descriptors() {
    }

    /** Returns where the class was loaded from: a jar, or a folder of classes. */
    static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the descriptor of the module that holds the class, read from its module-info.class. */
    static ModuleDescriptor of(Class<?> type) {
        List<ModuleReference> found = List.copyOf(ModuleFinder.of(locationOf(type)).findAll());
        if (found.size() != 1 || found.get(0).descriptor().isAutomatic()) {
            throw new AssertionError("no module-info.class in " + locationOf(type) + ": " + found);
        }
        return found.get(0).descriptor();
    }

    /** Returns the packages the module exports to every module, sorted. */
    static Set<String> exported(ModuleDescriptor descriptor) {
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports export : descriptor.exports()) {
            if (!export.isQualified()) {
                exported.add(export.source());
            }
        }
        return exported;
    }

    /** Returns the packages the module opens to that module, sorted. */
    static Set<String> openedTo(ModuleDescriptor descriptor, String module) {
        Set<String> opened = new TreeSet<>();
        for (ModuleDescriptor.Opens opens : descriptor.opens()) {
            if (opens.targets().contains(module)) {
                opened.add(opens.source());
            }
        }
        return opened;
    }
}
