package org.schooljournal.core.modules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.JournalEngine;

/**
 * journal-core's module descriptor, read from its compiled {@code module-info.class}: what it
 * exports is pinned, the log's internals are neither exported nor opened, and what it opens to
 * Jackson and to Hibernate Validator follows from the code (the packages of the events and the
 * values inside them; the packages of the commands), so a new event or command in a package not
 * opened fails here rather than on a vendor's module path.
 */
@DisplayName("journal-core's module descriptor: the exported API, nothing of the log's internals")
class ModuleDescriptorTest {

    private static final String JACKSON = "com.fasterxml.jackson.databind";
    private static final String VALIDATOR = "org.hibernate.validator";
    private static final String LOG = "org.schooljournal.core.log";

    private static ModuleDescriptor core;
    private static JavaClasses classes;

    @BeforeAll
    static void read() {
        core = Descriptors.of(JournalEngine.class);
        classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.schooljournal.core");
    }

    @Test
    @DisplayName("its name is org.schooljournal.core")
    void name() {
        assertThat(core.name()).isEqualTo("org.schooljournal.core");
        assertThat(core.isOpen()).as("an open module would open the log too").isFalse();
    }

    @Test
    @DisplayName("it exports exactly the engine and the packages of the regulation's concepts, to everyone")
    void exportsExactly() {
        assertThat(core.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(Descriptors.exported(core)).containsExactly(
                "org.schooljournal.core",
                "org.schooljournal.core.access",
                "org.schooljournal.core.archive",
                "org.schooljournal.core.compromise",
                "org.schooljournal.core.diary",
                "org.schooljournal.core.feed",
                "org.schooljournal.core.forecast",
                "org.schooljournal.core.identity",
                "org.schooljournal.core.journal",
                "org.schooljournal.core.notification",
                "org.schooljournal.core.printout",
                "org.schooljournal.core.programme",
                "org.schooljournal.core.reports",
                "org.schooljournal.core.retention",
                "org.schooljournal.core.roster",
                "org.schooljournal.core.school",
                "org.schooljournal.core.validation");
    }

    @Test
    @DisplayName("the log (codec, hash chain, folded streams, write loop) is its one internal package: neither exported nor opened")
    void logIsInternal() {
        Set<String> internal = new TreeSet<>(core.packages());
        internal.removeAll(Descriptors.exported(core));

        assertThat(internal).containsExactly(LOG);
        assertThat(core.exports()).noneMatch(export -> export.source().equals(LOG));
        assertThat(core.opens()).noneMatch(opens -> opens.source().equals(LOG));
    }

    @Test
    @DisplayName("it opens to Jackson exactly the packages of its events and of the values inside them")
    void opensEventsToJackson() {
        assertThat(Descriptors.openedTo(core, JACKSON)).isEqualTo(packagesUnder("org.schooljournal.core.", serialised()));
    }

    @Test
    @DisplayName("the other modules' values inside its events are open to Jackson, or exported enums")
    void otherModulesValuesAreReadable() {
        for (Class<?> type : serialised()) {
            if (type.getPackageName().startsWith("org.schooljournal.core")) {
                continue;
            }
            ModuleDescriptor descriptor = Descriptors.of(type);
            if (type.isEnum()) {
                assertThat(Descriptors.exported(descriptor)).as(type.getName()).contains(type.getPackageName());
            } else {
                assertThat(Descriptors.openedTo(descriptor, JACKSON)).as(type.getName()).contains(type.getPackageName());
            }
        }
        assertThat(packagesUnder("org.schooljournal.rules", serialised())).isNotEmpty();
    }

    @Test
    @DisplayName("it opens to Hibernate Validator exactly the packages of its commands")
    void opensCommandsToTheValidator() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass type : classes) {
            if (type.isAssignableTo("org.schooljournal.core.school.SchoolCommand")
                    || type.isAssignableTo("org.schooljournal.core.journal.JournalCommand")) {
                packages.add(type.getPackageName());
            }
        }

        assertThat(packages).contains("org.schooljournal.core.school", "org.schooljournal.core.journal");
        assertThat(Descriptors.openedTo(core, VALIDATOR)).isEqualTo(packages);
    }

    @Test
    @DisplayName("it requires journal-spi, journal-rules and Jakarta Validation transitively: its API shows their types")
    void requiresTransitively() {
        Set<String> transitive = new TreeSet<>();
        for (Requires requires : core.requires()) {
            if (requires.modifiers().contains(Requires.Modifier.TRANSITIVE)) {
                transitive.add(requires.name());
            }
        }

        assertThat(transitive).containsExactly("jakarta.validation", "org.schooljournal.rules", "org.schooljournal.spi");
    }

    @Test
    @DisplayName("it uses the storage and notification ports, whose providers the engine discovers")
    void usesThePorts() {
        assertThat(core.uses()).containsExactlyInAnyOrder(
                "org.schooljournal.spi.storage.EventStoreProvider", "org.schooljournal.spi.notify.NotifierProvider");
    }

    /** Returns the types Jackson writes and reads: every event, and every type of ours inside one. */
    private static Set<Class<?>> serialised() {
        Set<Class<?>> found = new HashSet<>();
        for (JavaClass type : classes) {
            if (!type.isInterface() && isEvent(type)) {
                walk(type.reflect(), found);
            }
        }
        assertThat(found).as("events found").hasSizeGreaterThan(30);
        return found;
    }

    private static boolean isEvent(JavaClass type) {
        return List.of("org.schooljournal.core.school.SchoolEvent", "org.schooljournal.core.journal.JournalEvent",
                "org.schooljournal.core.diary.DiaryEvent").stream().anyMatch(type::isAssignableTo);
    }

    private static void walk(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType parameterized) {
            walk(parameterized.getRawType(), found);
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, found);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                walk(bound, found);
            }
        } else if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                walk(plain.getComponentType(), found);
            } else if (plain.getName().startsWith("org.schooljournal.") && found.add(plain)) {
                if (plain.isRecord()) {
                    for (RecordComponent component : plain.getRecordComponents()) {
                        walk(component.getGenericType(), found);
                    }
                } else if (!plain.isEnum()) {
                    for (Field field : plain.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers())) {
                            walk(field.getGenericType(), found);
                        }
                    }
                }
                if (plain.isSealed()) {
                    for (Class<?> permitted : plain.getPermittedSubclasses()) {
                        walk(permitted, found);
                    }
                }
            }
        }
    }

    private static Set<String> packagesUnder(String prefix, Set<Class<?>> types) {
        Set<String> packages = new TreeSet<>();
        for (Class<?> type : types) {
            if (type.getPackageName().startsWith(prefix)) {
                packages.add(type.getPackageName());
            }
        }
        return packages;
    }
}
