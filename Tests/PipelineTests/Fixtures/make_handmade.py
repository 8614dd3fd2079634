#!/usr/bin/env python3
"""Writes `handmade/`: a small school written by hand from the data contract (not by sample-data).

Every text below is typed as a curator's export would look; the script only encodes each file as
the tool that made it would have. The expected numbers are worked out by hand in
HandmadeSchoolTests.swift. Run once from this folder; the outputs are committed.
"""
import codecs
import os

os.makedirs("handmade", exist_ok=True)


def write(name, text, encoding="utf-8", bom=b""):
    with open(os.path.join("handmade", name), "wb") as handle:
        handle.write(bom + text.encode(encoding))


# Russian Excel roster (cp1251, `;`, CRLF). Row 9 has an impossible birth date (30.02).
write("список 7А 7Б 10А.csv", (
    "№;Фамилия;Имя;Отчество;Класс;Дата рождения;Пол\r\n"
    "1;Иванов;Пётр;Сергеевич;7А;12.03.2012;м\r\n"
    "2;Смирнова;Анна;Игоревна;7 а;01.09.2012;ж\r\n"
    "3;Соколов;Илья;Андреевич;7А;15.11.2011;м\r\n"
    "4;Лебедева;Мария;Олеговна;7Б;23.05.2012;ж\r\n"
    "5;Кузнецов;Артём;Ильич;7Б;02.02.2012;м\r\n"
    "6;Кузнецов;Андрей;Ильич;7Б;02.02.2012;м\r\n"
    "7;Орлова;Мария;Викторовна;10А;02.02.2009;ж\r\n"
    "8;Егоров;Олег;Павлович;10А;17.07.2009;м\r\n"
    "9;Семёнова;Дарья;Олеговна;7Б;30.02.2012;ж\r\n"
), "cp1251")

# Pairs (Excel CSV UTF-8 with BOM). «Класс» after each name is that person's class.
write("пары наставничества.csv", (
    "№ пары;Наставник;Класс;Наставляемый;Класс;Модель\r\n"
    "1;Орлова М.В.;10А;Иванов Пётр;7А;успевающий-неуспевающий\r\n"
    "2;Егоров Олег Павлович;10А;Соколов Илья Андреевич;7А;\"Лидер — пассивный\"\r\n"
    "2;Егоров Олег Павлович;10А;Лебедева Мария;7Б;лидер - пассивный\r\n"
    "3;Олег Егоров;10А;Кузнецов А.;7Б;равный – равному\r\n"
), bom=codecs.BOM_UTF8)

# Google Forms (UTF-8, `,`): Иванов answers twice (the later one counts), a guest is on no list.
write("анкета наставляемых итог.csv", (
    "Отметка времени,ФИО,Класс,Насколько комфортно вам было общаться с наставником? (от 1 до 10),"
    "Хотела бы ты продолжить участие в программе наставничества?\r\n"
    "2026/05/20 10:15:32 AM GMT+3,Иванов Пётр,7А,9,Да\r\n"
    "2026/05/20 11:02:10 AM GMT+3,Смирнова Анна,7А,\"10, очень\",да\r\n"
    "2026/05/21 1:45:00 PM GMT+3,Иванов Петр,7А,10,Да\r\n"
    "2026/05/21 2:00:00 PM GMT+3,Неизвестный Ученик,7А,8,нет\r\n"
))

# Marks, one per row, from a journal as Excel «Unicode text» (UTF-16LE, TAB).
write("успеваемость 7 классов.txt", (
    "Ученик\tКласс\tПредмет\tЧетверть\tОтметка\r\n"
    "Иванов Пётр Сергеевич\t7А\tМатематика\t1\t3\r\n"
    "Иванов Пётр Сергеевич\t7А\tМатематика\t4\t4\r\n"
    "Иванов Пётр Сергеевич\t7А\tРусский язык\tI четверть\t3/4\r\n"
    "Иванов Пётр Сергеевич\t7А\tРусский язык\t4 четверть\t4+\r\n"
    "Соколов Илья\t7А\tМатематика\t1 четверть\tн/а\r\n"
    "Соколов Илья\t7А\tМатематика\tгод\t3\r\n"
    "Лебедева Мария\t7Б\tМатематика\t1 четверть\t7\r\n"
    "Лебедева Мария\t7Б\tФизкультура\t1 четверть\tосв\r\n"
    "Петров Пётр\t7А\tМатематика\t1 четверть\t5\r\n"
    "Смирнова Анна\t7А\tМатематика\t\t5\r\n"
), "utf-16-le", codecs.BOM_UTF16_LE)

# Clubs (cp1251, `,`): a row without numbers means enrolled; a date stands for its month.
write("кружки.csv", (
    "ФИО,Класс,Кружок/секция,Месяц,Посещено,Всего занятий\r\n"
    "Иванов Пётр,7А,Шахматы,сентябрь,,\r\n"
    "Иванов Пётр,7А,Шахматы,май,6,8\r\n"
    "Соколов Илья,7А,Робототехника,15.05.2026,3,4\r\n"
    "Соколов Илья,7А,Робототехника,,3,4\r\n"
), "cp1251")

# Registry (UTF-8, `|`); the third date is not a date.
write("профучёт.csv", (
    "ФИО|Класс|Вид учёта|Дата постановки|Дата снятия\n"
    "Соколов Илья|7А|ВШУ|10.10.2024|20.03.2026\n"
    "Лебедева Мария|7Б|ПДН|01.12.2025|\n"
    "Кузнецов Артём|7Б|КДНиЗП|вчера|\n"
))

# Meetings by pair number (UTF-8, `;`); pair 7 does not exist.
write("встречи.csv", (
    "№ пары;Дата;Тип встречи;Длительность, мин\n"
    "1;15.09.2025;Встреча-знакомство;40\n"
    "1;01.10.2025;планирование;45\n"
    "1;20.10.2025;рабочая встреча;45\n"
    "1;20.05.2026;Итоговая встреча;60\n"
    "2;16.09.2025;знакомство;30\n"
    "7;16.09.2025;знакомство;30\n"
))

# Three more mentees without a pair (Excel CSV UTF-8 with BOM): six mentees in all.
write("участники.csv", (
    "ФИО;Класс;Роль\r\n"
    "Смирнова Анна Игоревна;7А;наставляемая\r\n"
    "Семёнова Дарья Олеговна;7Б;наставляемая\r\n"
    "Кузнецов Артём Ильич;7Б;наставляемый\r\n"
), bom=codecs.BOM_UTF8)

# Quarter marks for the six mentees (UTF-8, `;`, one mark per row), so that all six are paired.
write("оценки за четверти.csv", (
    "ФИО;Класс;Предмет;Период;Отметка\n"
    "Соколов Илья Андреевич;7А;Русский язык;1 четверть;3\n"
    "Соколов Илья Андреевич;7А;Русский язык;год;4\n"
    "Лебедева Мария;7Б;Математика;1 четверть;2\n"
    "Лебедева Мария;7Б;Математика;4 четверть;3\n"
    "Смирнова Анна;7А;Математика;1 четверть;5\n"
    "Смирнова Анна;7А;Математика;4 четверть;5\n"
    "Смирнова Анна;7А;Русский язык;1 четверть;4\n"
    "Смирнова Анна;7А;Русский язык;4 четверть;5\n"
    "Семёнова Дарья;7Б;Математика;1 четверть;4\n"
    "Семёнова Дарья;7Б;Математика;4 четверть;3\n"
    "Кузнецов Артём Ильич;7Б;Математика;1 четверть;3\n"
    "Кузнецов Артём Ильич;7Б;Математика;4 четверть;3\n"
))

# Phillips test (Google Forms, UTF-8, `,`), September and May. Each pupil's answer sheet is
# «the first k items answered against the key, the rest with it», so the score is 100·k/58.
# The key (instruments.md): «да» is non-anxious for these items, «нет» for every other one.
PHILLIPS_YES = {11, 20, 22, 24, 25, 30, 35, 36, 38, 39, 41, 43, 44}


def phillips_row(stamp, name, school_class, k):
    answers = []
    for item in range(1, 59):
        calm = "Да" if item in PHILLIPS_YES else "Нет"
        anxious = "Нет" if item in PHILLIPS_YES else "Да"
        answers.append(anxious if item <= k else calm)
    return ",".join([stamp, name, school_class] + answers) + "\r\n"


PHILLIPS_HEADER = "Отметка времени,ФИО,Класс," + ",".join(f"{n}." for n in range(1, 59)) + "\r\n"
# name, class, k in September, k in May
PHILLIPS_K = [
    ("Иванов Пётр Сергеевич", "7А", 35, 20),
    ("Соколов Илья Андреевич", "7А", 45, 30),
    ("Лебедева Мария Олеговна", "7Б", 10, 30),
    ("Смирнова Анна Игоревна", "7А", 29, 29),
    ("Семёнова Дарья Олеговна", "7Б", 20, 10),
    ("Кузнецов Артём Ильич", "7Б", 50, 15),
]
write("филлипс сентябрь.csv", PHILLIPS_HEADER + "".join(
    phillips_row(f"2025/09/{10 + i} 10:00:00 AM GMT+3", name, cls, before)
    for i, (name, cls, before, _) in enumerate(PHILLIPS_K)))
write("филлипс май.csv", PHILLIPS_HEADER + "".join(
    phillips_row(f"2026/05/{10 + i} 10:00:00 AM GMT+3", name, cls, after)
    for i, (name, cls, _, after) in enumerate(PHILLIPS_K)))

write("заметки куратора.docx", "PK\x03\x04")
write("~$список 7А 7Б 10А.csv", "lock")
