package org.schooljournal.examples.schoolday;

import java.util.List;
import java.util.Random;

/**
 * Makes Russian full names — surname, name, patronymic — from a seeded {@link Random}, so that the
 * example's people are the same on every run. Surnames take their male or female form (Соколов,
 * Соколова; Островский, Островская; Шевченко for both); a child's patronymic comes from the
 * father's name, and a father's from his own father's.
 *
 * <p>Not thread-safe: it draws from one {@link Random}.
 */
final class RussianNames {

    /** A person's sex, which decides the forms of the surname and the patronymic. */
    enum Sex { MALE, FEMALE }

    /** A full name as a class list shows it. */
    record FullName(String surname, String name, String patronymic) {
    }

    /** A family: its surname in the male form, and the father's name, which gives the children's patronymic. */
    record Family(String surname, String fatherName) {
    }

    private static final List<String> SURNAMES = List.of(
            "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
            "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Павлов",
            "Виноградов", "Богданов", "Воробьёв", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев",
            "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
            "Романов", "Тарасов", "Белов", "Комаров", "Киселёв", "Ильин", "Гусев", "Титов", "Кудрявцев",
            "Баранов", "Куликов", "Медведев", "Жуков", "Фролов", "Тихонов", "Широков", "Юдин",
            "Щербаков", "Калинин", "Чернов", "Нестеров", "Осипов", "Горбунов", "Рыбаков", "Сидоров",
            "Цветков", "Черкасов", "Гаврилов", "Данилов", "Денисов", "Ахметов", "Гарипов", "Сафин",
            "Валиев", "Хабибуллин", "Юсупов", "Островский", "Вишневский", "Покровский", "Шевченко",
            "Бондаренко", "Ковальчук", "Мельник", "Ефимов", "Ершов", "Егоров", "Лапин", "Уваров");

    /** Men's names, for fathers and teachers; each gives the patronymic of a son and of a daughter. */
    private static final List<String[]> MEN = List.of(
            new String[] {"Александр", "Александрович", "Александровна"},
            new String[] {"Сергей", "Сергеевич", "Сергеевна"},
            new String[] {"Андрей", "Андреевич", "Андреевна"},
            new String[] {"Алексей", "Алексеевич", "Алексеевна"},
            new String[] {"Дмитрий", "Дмитриевич", "Дмитриевна"},
            new String[] {"Евгений", "Евгеньевич", "Евгеньевна"},
            new String[] {"Игорь", "Игоревич", "Игоревна"},
            new String[] {"Михаил", "Михайлович", "Михайловна"},
            new String[] {"Владимир", "Владимирович", "Владимировна"},
            new String[] {"Николай", "Николаевич", "Николаевна"},
            new String[] {"Павел", "Павлович", "Павловна"},
            new String[] {"Денис", "Денисович", "Денисовна"},
            new String[] {"Роман", "Романович", "Романовна"},
            new String[] {"Олег", "Олегович", "Олеговна"},
            new String[] {"Виктор", "Викторович", "Викторовна"},
            new String[] {"Юрий", "Юрьевич", "Юрьевна"},
            new String[] {"Иван", "Иванович", "Ивановна"},
            new String[] {"Максим", "Максимович", "Максимовна"},
            new String[] {"Константин", "Константинович", "Константиновна"},
            new String[] {"Руслан", "Русланович", "Руслановна"},
            new String[] {"Вадим", "Вадимович", "Вадимовна"},
            new String[] {"Илья", "Ильич", "Ильинична"});

    private static final List<String> WOMEN = List.of(
            "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Юлия", "Екатерина",
            "Марина", "Оксана", "Людмила", "Галина", "Надежда", "Анастасия", "Мария", "Евгения",
            "Лариса", "Алёна", "Гульнара");

    private static final List<String> BOYS = List.of(
            "Артём", "Александр", "Максим", "Михаил", "Иван", "Даниил", "Дмитрий", "Кирилл", "Матвей",
            "Егор", "Никита", "Андрей", "Илья", "Алексей", "Тимофей", "Роман", "Владимир", "Ярослав",
            "Фёдор", "Марк", "Лев", "Тимур", "Арсений", "Глеб");

    private static final List<String> GIRLS = List.of(
            "Анастасия", "Мария", "Анна", "Виктория", "Дарья", "Полина", "Елизавета", "Алиса", "София",
            "Ксения", "Варвара", "Екатерина", "Вероника", "Арина", "Валерия", "Алёна", "Милана", "Ева",
            "Таисия", "Ульяна");

    private final Random random;

    RussianNames(long seed) {
        this.random = new Random(seed);
    }

    /** Returns a sex, either with even odds. */
    Sex sex() {
        return random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    }

    /** Returns a woman with the given odds, a man otherwise. */
    Sex sex(double oddsOfWoman) {
        return random.nextDouble() < oddsOfWoman ? Sex.FEMALE : Sex.MALE;
    }

    /** Returns a family of a surname drawn at random. */
    Family family() {
        return family(pick(SURNAMES));
    }

    /** Returns a family of that surname, given in the male form. */
    Family family(String maleSurname) {
        return new Family(maleSurname, pick(MEN)[0]);
    }

    /** Returns an adult of a family drawn at random: a teacher, say. */
    FullName adult(Sex sex) {
        return parent(family(), sex);
    }

    /** Returns a child of the family, named at random. */
    FullName child(Family family, Sex sex) {
        String name = pick(sex == Sex.MALE ? BOYS : GIRLS);
        return new FullName(surname(family.surname(), sex), name, patronymic(family.fatherName(), sex));
    }

    /** Returns a parent of the family: the father, or a mother named at random. */
    FullName parent(Family family, Sex sex) {
        String patronymic = patronymic(pick(MEN)[0], sex);
        String name = sex == Sex.MALE ? family.fatherName() : pick(WOMEN);
        return new FullName(surname(family.surname(), sex), name, patronymic);
    }

    /** Returns a whole number from {@code from} to {@code to}, both inclusive. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** Returns the surname in the form of the sex: Соколова, Островская; Шевченко is the same for both. */
    static String surname(String maleSurname, Sex sex) {
        if (sex == Sex.MALE) {
            return maleSurname;
        }
        if (maleSurname.endsWith("ий")) {
            return maleSurname.substring(0, maleSurname.length() - 2) + "ая";
        }
        boolean declined = maleSurname.endsWith("ов") || maleSurname.endsWith("ев")
                || maleSurname.endsWith("ёв") || maleSurname.endsWith("ин") || maleSurname.endsWith("ын");
        return declined ? maleSurname + "а" : maleSurname;
    }

    private static String patronymic(String fatherName, Sex sex) {
        String[] forms = MEN.stream().filter(man -> man[0].equals(fatherName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no patronymic of " + fatherName));
        return sex == Sex.MALE ? forms[1] : forms[2];
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
