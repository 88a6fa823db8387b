package org.schooljournal.examples.schoolday;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.examples.schoolday.RussianNames.FullName;
import org.schooljournal.examples.schoolday.RussianNames.Sex;

/**
 * The school's staff (YR-3): the head and the deputy head, and 45 teachers by what they teach.
 * The head hires everyone; the system administrator gives the teachers their role (ACC-5).
 */
final class Staff {

    /** Primary-school teachers (учителя начальных классов), one for each class of grades 1–4. */
    static final String PRIMARY = "НАЧ";

    /** How many teachers of each speciality: primary classes, then the subjects' codes. */
    private static final Map<String, Integer> TEACHERS = specialities();

    private final Map<String, List<String>> bySpeciality = new LinkedHashMap<>();

    private Staff() {
    }

    /** Hires the staff. */
    static Staff hire(YugraSchool school) {
        Staff staff = new Staff();
        RussianNames names = school.names();
        hire(school, YugraSchool.HEAD, names.adult(Sex.FEMALE));
        hire(school, YugraSchool.DEPUTY_HEAD, names.adult(Sex.FEMALE));
        int number = 0;
        for (Map.Entry<String, Integer> speciality : TEACHERS.entrySet()) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < speciality.getValue(); i++) {
                String id = String.format("t-%02d", ++number);
                boolean mostlyWomen = !speciality.getKey().equals(Subjects.PE) && !speciality.getKey().equals(Subjects.LABOUR);
                hire(school, id, names.adult(names.sex(mostlyWomen ? 0.85 : 0.4)));
                school.execute(YugraSchool.ADMINISTRATOR, new AssignRole(YugraSchool.ID, id, Role.SUBJECT_TEACHER));
                ids.add(id);
            }
            staff.bySpeciality.put(speciality.getKey(), ids);
        }
        return staff;
    }

    /** Returns the n-th teacher (from 0) of the speciality. */
    String teacher(String speciality, int n) {
        return bySpeciality.get(speciality).get(n);
    }

    private static void hire(YugraSchool school, String id, FullName name) {
        school.execute(YugraSchool.HEAD, new HireStaff(YugraSchool.ID, id, name.surname(), name.name(), name.patronymic()));
    }

    private static Map<String, Integer> specialities() {
        Map<String, Integer> teachers = new LinkedHashMap<>();
        teachers.put(PRIMARY, 10);
        teachers.put(Subjects.RUSSIAN, 7);
        teachers.put(Subjects.MATHS, 6);
        teachers.put(Subjects.ENGLISH, 5);
        teachers.put(Subjects.HISTORY, 3);
        teachers.put(Subjects.PE, 3);
        teachers.put(Subjects.INFORMATICS, 2);
        teachers.put(Subjects.GEOGRAPHY, 2);
        teachers.put(Subjects.BIOLOGY, 2);
        teachers.put(Subjects.PHYSICS, 2);
        teachers.put(Subjects.LABOUR, 2);
        teachers.put(Subjects.CHEMISTRY, 1);
        return teachers;
    }
}
