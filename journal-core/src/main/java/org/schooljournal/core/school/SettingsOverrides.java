package org.schooljournal.core.school;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.schooljournal.rules.ruleset.InvalidRuleSetException;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.rules.ruleset.RuleSet;

/**
 * Lays a school's settings over a rule set: writes them as the rule set's overrides document, such
 * as {@code {"rules": {"MRK-3": {"counting": "SCHOOL_DAYS"}}}}, and reads it with
 * {@link RuleSet#withOverrides(String)}, as strictly as a whole rule set. A value that breaks its
 * rule is reported as the setting it came from ({@link SettingMisfit}), not as a JSON path the
 * school never wrote.
 *
 * <p>This class is stateless and thread-safe.
 */
final class SettingsOverrides {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One setting and where it goes in a rule set.
     *
     * @param setting the setting's name in {@link SchoolSettings}
     * @param rule the rule it sets a parameter of
     * @param parameter the parameter's name in the rule set document
     * @param value the value, as the document writes it
     * @param text the value, as the school reads it
     */
    private record Target(String setting, RuleId rule, String parameter, JsonNode value, String text) {
    }

    private SettingsOverrides() {
    }

    /**
     * Returns the rule set with the settings laid over it; the rule set itself when they set none
     * of its parameters.
     *
     * @throws SettingMisfit if a setting breaks its rule
     */
    static RuleSet layOver(SchoolSettings settings, RuleSet ruleSet) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(ruleSet, "ruleSet");
        List<Target> targets = targets(settings);
        if (targets.isEmpty()) {
            return ruleSet;
        }
        ObjectNode document = JSON.createObjectNode();
        ObjectNode rules = document.putObject("rules");
        for (Target target : targets) {
            JsonNode rule = rules.get(target.rule().code());
            ObjectNode parameters = rule == null ? rules.putObject(target.rule().code()) : (ObjectNode) rule;
            parameters.set(target.parameter(), target.value());
        }
        try {
            return ruleSet.withOverrides(JSON.writeValueAsString(document));
        } catch (InvalidRuleSetException e) {
            throw misfit(e, targets, settings, ruleSet);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the overrides of " + settings, e);
        }
    }

    private static List<Target> targets(SchoolSettings settings) {
        List<Target> targets = new ArrayList<>();
        settings.controlWorkCounting().ifPresent(counting -> targets.add(new Target("controlWorkCounting",
                RuleId.MRK_3, "counting", TextNode.valueOf(counting.name()), counting.name())));
        settings.yearSetupDueBefore().ifPresent(day -> targets.add(new Target("yearSetupDueBefore",
                RuleId.YR_11, "dueBefore", TextNode.valueOf(day.toString()), day.toString())));
        settings.failureGrace().ifPresent(grace -> targets.add(new Target("failureGrace",
                RuleId.ARC_7, "grace", TextNode.valueOf(grace.toString()), grace.toString())));
        settings.periodMarksLastDays().ifPresent(days -> targets.add(new Target("periodMarksLastDays",
                RuleId.MRK_7, "lastDays", IntNode.valueOf(days), Integer.toString(days))));
        settings.periodMarksNotBeforeLastLesson().ifPresent(notBefore -> targets.add(new Target(
                "periodMarksNotBeforeLastLesson", RuleId.MRK_7, "notBeforeLastLesson", BooleanNode.valueOf(notBefore),
                notBefore.toString())));
        settings.enforcement().forEach((rule, mode) -> targets.add(new Target("enforcement[" + rule.code() + "]",
                rule, "enforcement", TextNode.valueOf(mode.name()), mode.name())));
        return targets;
    }

    /** Names the setting whose parameter the rule set refused. */
    private static SettingMisfit misfit(InvalidRuleSetException e, List<Target> targets, SchoolSettings settings,
            RuleSet ruleSet) {
        String where = e.path() + " in rule set " + ruleSet.id();
        for (Target target : targets) {
            String path = "$.rules." + target.rule().code() + "." + target.parameter();
            if (e.path().equals(path)) {
                String problem = e.problem().replace(", was " + target.text(), "");
                return new SettingMisfit(target.setting(), target.text(), problem + " (" + target.rule() + ": " + where
                        + ")", e);
            }
        }
        return new SettingMisfit("", settings.toString(), e.problem() + " (" + where + ")", e);
    }
}
