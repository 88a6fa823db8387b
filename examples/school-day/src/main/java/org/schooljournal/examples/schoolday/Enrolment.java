package org.schooljournal.examples.schoolday;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.examples.schoolday.RussianNames.Family;
import org.schooljournal.examples.schoolday.RussianNames.FullName;
import org.schooljournal.examples.schoolday.RussianNames.Sex;

/**
 * The students of 2025/2026 (ROS-1): each enrolled on 1 September 2025 by the deputy head, with
 * a mother or father whom the class's homeroom teacher registers as the guardian (ROS-4). The
 * family's surname and the father's name give the child's. 5А has an Егоров, an Ёлкина and an
 * Ершов, so that its list shows ё sorted as е (ROS-3).
 */
final class Enrolment {

    /** The families of 5А given, not drawn: Ёлкина sorts between Егоров and Ершов. */
    private static final List<String> FIFTH_A_FAMILIES = List.of("Егоров", "Ёлкин", "Ершов");
    private static final List<Sex> FIFTH_A_SEXES = List.of(Sex.MALE, Sex.FEMALE, Sex.MALE);

    private Enrolment() {
    }

    /** Enrols the students of every class, and registers one guardian of each. */
    static void enrol(YugraSchool school, Classes classes) {
        RussianNames names = school.names();
        int number = 0;
        for (Map.Entry<String, Integer> schoolClass : classes.sizes().entrySet()) {
            String code = schoolClass.getKey();
            int grade = Integer.parseInt(code.substring(0, code.length() - 1));
            for (int i = 0; i < schoolClass.getValue(); i++) {
                boolean given = code.equals("5А") && i < FIFTH_A_FAMILIES.size();
                Family family = given ? names.family(FIFTH_A_FAMILIES.get(i)) : names.family();
                Sex sex = given ? FIFTH_A_SEXES.get(i) : names.sex();
                FullName child = names.child(family, sex);
                String studentId = String.format("s-%04d", ++number);
                school.execute(YugraSchool.DEPUTY_HEAD, new EnrolStudent(YugraSchool.ID, studentId,
                        child.surname(), child.name(), child.patronymic(), birthDate(names, grade), code,
                        YugraSchool.FIRST_DAY));
                FullName parent = names.parent(family, names.sex(0.7));
                school.execute(classes.homeroomTeacher(code), new RegisterGuardian(YugraSchool.ID,
                        String.format("g-%04d", number), parent.surname(), parent.name(), parent.patronymic(),
                        studentId));
            }
        }
    }

    /** Returns a date of birth for the grade: a first-grader of 2025 was born from September 2017 to August 2018. */
    private static LocalDate birthDate(RussianNames names, int grade) {
        return LocalDate.of(2017 - grade + 1, 9, 1).plusDays(names.between(0, 364));
    }
}
