package org.schooljournal.core.roster;

import java.util.Collection;
import java.util.List;
import org.schooljournal.core.school.NameOrder;

/**
 * The order of a class list (ROS-3): alphabetical by the full name, «surname name patronymic», in
 * the Russian collation ({@link NameOrder}): the whole name before case, ё with е, a surname
 * before a longer one it begins. Students whose names are the same are ordered by person
 * identifier, so the order is total and a list printed twice is printed the same.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class StudentOrder {

    private StudentOrder() {
    }

    /** Returns the students sorted in class-list order, as a new list. */
    public static List<Student> sort(Collection<Student> students) {
        return NameOrder.sort(students, Student::fullName, Student::personId);
    }
}
