package org.schooljournal.examples.schoolday;

import java.util.List;
import java.util.Map;
import org.schooljournal.core.programme.PlannedTopic;

/**
 * The calendar-thematic plans (КТП) of grade 5 (YR-8), by subject: the sections of the federal
 * work programmes, with their hours over 34 weeks — 5 hours a week make 170.
 */
final class FifthGradePlans {

    static final Map<String, List<PlannedTopic>> TOPICS = Map.of(
            Subjects.RUSSIAN, List.of(
                    topic("Общие сведения о языке. Язык и речь", 9),
                    topic("Текст. Функциональные разновидности языка", 13),
                    topic("Фонетика. Графика. Орфоэпия. Орфография", 12),
                    topic("Лексикология", 14),
                    topic("Морфемика. Орфография", 13),
                    topic("Имя существительное", 24),
                    topic("Имя прилагательное", 16),
                    topic("Глагол", 30),
                    topic("Синтаксис и пунктуация", 25),
                    topic("Повторение", 14)),
            Subjects.LITERATURE, List.of(
                    topic("Мифология. Фольклор", 12),
                    topic("Литература первой половины XIX века", 16),
                    topic("Литература второй половины XIX века", 16),
                    topic("Литература XIX–XX веков: стихи о родной природе", 6),
                    topic("Литература XX века", 18),
                    topic("Произведения о детях и подростках. «Человек на войне»", 14),
                    topic("Зарубежная литература", 12),
                    topic("Итоговый контроль и повторение", 8)),
            Subjects.MATHS, List.of(
                    topic("Натуральные числа и нуль", 44),
                    topic("Наглядная геометрия. Линии на плоскости", 12),
                    topic("Обыкновенные дроби", 48),
                    topic("Наглядная геометрия. Многоугольники", 10),
                    topic("Десятичные дроби", 38),
                    topic("Наглядная геометрия. Тела и фигуры в пространстве", 9),
                    topic("Повторение и обобщение", 9)),
            Subjects.ENGLISH, List.of(
                    topic("Моя семья. Мои друзья", 14),
                    topic("Внешность и характер человека", 10),
                    topic("Досуг и увлечения", 12),
                    topic("Здоровый образ жизни", 8),
                    topic("Покупки: одежда, обувь, продукты", 12),
                    topic("Школа, школьная жизнь", 14),
                    topic("Каникулы в России и за рубежом", 10),
                    topic("Природа: дикие и домашние животные", 8),
                    topic("Родной город, родная страна и страны изучаемого языка", 14)),
            Subjects.HISTORY, List.of(
                    topic("Введение. Первобытность", 6),
                    topic("Древний Восток", 20),
                    topic("Древняя Греция. Эллинизм", 20),
                    topic("Древний Рим", 18),
                    topic("Обобщение", 4)),
            Subjects.GEOGRAPHY, List.of(
                    topic("Географическое изучение Земли", 9),
                    topic("Изображения земной поверхности", 10),
                    topic("Земля — планета Солнечной системы", 4),
                    topic("Оболочки Земли. Литосфера", 8),
                    topic("Практикум «Сезонные изменения в природе своей местности»", 3)),
            Subjects.BIOLOGY, List.of(
                    topic("Биология — наука о живой природе", 4),
                    topic("Методы изучения живой природы", 6),
                    topic("Организмы — тела живой природы", 7),
                    topic("Организмы и среда обитания", 5),
                    topic("Природные сообщества", 7),
                    topic("Живая природа и человек", 5)),
            Subjects.LABOUR, List.of(
                    topic("Производство и технологии", 8),
                    topic("Компьютерная графика. Черчение", 8),
                    topic("Технологии обработки материалов и пищевых продуктов", 36),
                    topic("Робототехника", 16)),
            Subjects.PE, List.of(
                    topic("Знания о физической культуре", 4),
                    topic("Лёгкая атлетика", 16),
                    topic("Гимнастика", 14),
                    topic("Лыжная подготовка", 16),
                    topic("Спортивные игры", 18)),
            Subjects.YUGRA, List.of(
                    topic("Природа Югры", 8),
                    topic("Ханты и манси — коренные народы Югры", 8),
                    topic("История освоения края", 8),
                    topic("Ханты-Мансийск — столица Югры", 6),
                    topic("Проект «Моя Югра»", 4)));

    private FifthGradePlans() {
    }

    private static PlannedTopic topic(String title, int hours) {
        return new PlannedTopic(title, hours);
    }
}
