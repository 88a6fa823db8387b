package org.schooljournal.examples.schoolday;

import java.util.LinkedHashMap;
import java.util.Map;
import org.schooljournal.core.programme.AddRoom;

/** The school's rooms (YR-3): ten for primary classes on the first floor, subject rooms above, two gyms and two workshops. */
final class Rooms {

    static final String RUSSIAN = "204";
    static final String MATHS = "205";
    static final String ENGLISH_1 = "301";
    static final String ENGLISH_2 = "302";
    static final String HISTORY = "306";
    static final String GEOGRAPHY = "308";
    static final String BIOLOGY = "309";
    static final String GYM = "СЗ-1";
    static final String WORKSHOP = "М-1";

    private Rooms() {
    }

    /** Adds the rooms to the school's list, as the deputy head. */
    static void add(YugraSchool school) {
        rooms().forEach((number, name) ->
                school.execute(YugraSchool.DEPUTY_HEAD, new AddRoom(YugraSchool.ID, number, name)));
    }

    private static Map<String, String> rooms() {
        Map<String, String> rooms = new LinkedHashMap<>();
        for (int number = 101; number <= 110; number++) {
            rooms.put(Integer.toString(number), "Кабинет начальных классов");
        }
        subjectRooms(rooms, 201, 4, "Кабинет русского языка и литературы");
        subjectRooms(rooms, 205, 4, "Кабинет математики");
        subjectRooms(rooms, 301, 3, "Кабинет иностранного языка");
        subjectRooms(rooms, 304, 2, "Кабинет информатики");
        subjectRooms(rooms, 306, 2, "Кабинет истории и обществознания");
        subjectRooms(rooms, 308, 1, "Кабинет географии");
        subjectRooms(rooms, 309, 1, "Кабинет биологии");
        subjectRooms(rooms, 310, 1, "Кабинет физики");
        subjectRooms(rooms, 311, 1, "Кабинет химии");
        rooms.put(GYM, "Спортивный зал");
        rooms.put("СЗ-2", "Малый спортивный зал");
        rooms.put(WORKSHOP, "Мастерская (технология)");
        rooms.put("М-2", "Кабинет технологии");
        return rooms;
    }

    private static void subjectRooms(Map<String, String> rooms, int first, int count, String name) {
        for (int number = first; number < first + count; number++) {
            rooms.put(Integer.toString(number), name);
        }
    }
}
