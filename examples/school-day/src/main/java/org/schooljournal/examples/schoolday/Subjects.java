package org.schooljournal.examples.schoolday;

import java.util.LinkedHashMap;
import java.util.Map;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.SubjectComponent;

/**
 * The school's subjects (YR-3): fifteen of the federal curriculum and one of the school's own
 * component, «Югроведение», the study of the region.
 */
final class Subjects {

    static final String RUSSIAN = "РУС";
    static final String LITERATURE = "ЛИТ";
    static final String MATHS = "МАТ";
    static final String ALGEBRA = "АЛГ";
    static final String GEOMETRY = "ГЕОМ";
    static final String INFORMATICS = "ИНФ";
    static final String HISTORY = "ИСТ";
    static final String SOCIAL_STUDIES = "ОБЩ";
    static final String GEOGRAPHY = "ГЕО";
    static final String BIOLOGY = "БИО";
    static final String PHYSICS = "ФИЗ";
    static final String CHEMISTRY = "ХИМ";
    static final String ENGLISH = "АНГ";
    static final String PE = "ФК";
    static final String LABOUR = "ТРУД";
    static final String YUGRA = "ЮГР";

    private static final Map<String, String> FEDERAL = federal();

    private Subjects() {
    }

    /** Adds the subjects to the school's list, as the deputy head. */
    static void add(YugraSchool school) {
        FEDERAL.forEach((code, name) -> school.execute(YugraSchool.DEPUTY_HEAD,
                new AddSubject(YugraSchool.ID, code, name, SubjectComponent.FEDERAL)));
        school.execute(YugraSchool.DEPUTY_HEAD,
                new AddSubject(YugraSchool.ID, YUGRA, "Югроведение", SubjectComponent.SCHOOL));
    }

    private static Map<String, String> federal() {
        Map<String, String> subjects = new LinkedHashMap<>();
        subjects.put(RUSSIAN, "Русский язык");
        subjects.put(LITERATURE, "Литература");
        subjects.put(MATHS, "Математика");
        subjects.put(ALGEBRA, "Алгебра");
        subjects.put(GEOMETRY, "Геометрия");
        subjects.put(INFORMATICS, "Информатика");
        subjects.put(HISTORY, "История");
        subjects.put(SOCIAL_STUDIES, "Обществознание");
        subjects.put(GEOGRAPHY, "География");
        subjects.put(BIOLOGY, "Биология");
        subjects.put(PHYSICS, "Физика");
        subjects.put(CHEMISTRY, "Химия");
        subjects.put(ENGLISH, "Иностранный язык (английский)");
        subjects.put(PE, "Физическая культура");
        subjects.put(LABOUR, "Труд (технология)");
        return subjects;
    }
}
