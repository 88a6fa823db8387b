package org.schooljournal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.rules.calendar.FederalProductionCalendarProvider;
import org.schooljournal.rules.calendar.ProductionCalendarProvider;
import org.schooljournal.rules.ruleset.RuleSetProvider;
import org.schooljournal.rules.ruleset.RuleSets;
import org.schooljournal.rules.ruleset.YugraRuleSetProvider;

/** journal-rules' module descriptor, read from its compiled {@code module-info.class}. */
@DisplayName("journal-rules' module descriptor: its three packages, the spi transitively, the Yugra provider")
class ModuleDescriptorTest {

    private static ModuleDescriptor rules() throws URISyntaxException {
        Path classes = Path.of(RuleSets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<ModuleReference> found = List.copyOf(ModuleFinder.of(classes).findAll());
        assertThat(found).hasSize(1);
        return found.get(0).descriptor();
    }

    @Test
    @DisplayName("org.schooljournal.rules exports its three packages to everyone and opens them to Jackson only")
    void exportsAndOpens() throws URISyntaxException {
        ModuleDescriptor rules = rules();
        Set<String> all = Set.of("org.schooljournal.rules", "org.schooljournal.rules.calendar",
                "org.schooljournal.rules.ruleset");

        assertThat(rules.name()).isEqualTo("org.schooljournal.rules");
        assertThat(rules.packages()).isEqualTo(all);
        assertThat(rules.exports()).noneMatch(ModuleDescriptor.Exports::isQualified)
                .extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrderElementsOf(all);
        Map<String, Set<String>> opens = new TreeMap<>();
        rules.opens().forEach(o -> opens.put(o.source(), o.targets()));
        assertThat(opens.keySet()).isEqualTo(all);
        assertThat(opens.values()).allSatisfy(targets -> assertThat(targets)
                .containsExactly("com.fasterxml.jackson.databind"));
    }

    @Test
    @DisplayName("it requires journal-spi transitively (RuleSetProvider is a ServiceProvider) and uses and provides rule sets and production calendars (YR-2)")
    void requiresUsesProvides() throws URISyntaxException {
        ModuleDescriptor rules = rules();

        assertThat(rules.requires()).filteredOn(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
                .extracting(Requires::name).containsExactly("org.schooljournal.spi");
        assertThat(rules.uses()).containsExactlyInAnyOrder(RuleSetProvider.class.getName(),
                ProductionCalendarProvider.class.getName());
        Map<String, List<String>> provides = new TreeMap<>();
        rules.provides().forEach(p -> provides.put(p.service(), p.providers()));
        assertThat(provides).containsExactlyInAnyOrderEntriesOf(Map.of(
                RuleSetProvider.class.getName(), List.of(YugraRuleSetProvider.class.getName()),
                ProductionCalendarProvider.class.getName(), List.of(FederalProductionCalendarProvider.class.getName())));
    }
}
