#!/usr/bin/env python3
"""Writes the `check` test folder `school/`: one file of every kind a curator drops in.

Run once from this folder; the outputs are committed.
"""
import codecs
import os

os.makedirs("school/журналы", exist_ok=True)


def write(name, data):
    with open(os.path.join("school", name), "wb") as handle:
        handle.write(data)


write("ученики.csv", (
    "№;ФИО обучающегося;Класс;Дата рождения;Пол\r\n"
    "1;Иванов Пётр Сергеевич;7А;12.03.2012;м\r\n"
    "2;Смирнова Анна Игоревна;7 Б;01.09.2012;ж\r\n"
    "3;Соколов Илья;7а;15.11.2011;м\r\n"
).encode("cp1251"))
write("анкета наставляемых.csv", (
    "Отметка времени,ФИО,Класс,Насколько комфортно тебе было общаться с наставником?\r\n"
    "2026/05/20 10:15:32 AM GMT+3,Иванов Пётр,7А,9\r\n"
    "2026/05/20 11:02:10 AM GMT+3,Смирнова Анна,7Б,\"10, очень\"\r\n"
).encode("utf-8"))
write("журналы/оценки 1 четверть.tsv", codecs.BOM_UTF16_LE + (
    "Ученик\tКласс\tМатематика\tРусский язык\n"
    "Иванов Пётр\t7А\t4\t5\n"
    "Смирнова Анна\t7Б\t5\t4\n"
).encode("utf-16-le"))
write("пары.csv", (
    "№ пары;Наставник;Наставляемый\n"
    "1;Орлова Мария;Иванов Пётр\n"
    "2;Егоров Олег;\"Смирнова Анна\n"
    "3;Егоров Олег;Соколов Илья\n"
).encode("utf-8"))
write("лишние столбцы.csv", (
    "ФИО;Класс\n"
    "Иванов Пётр;7А\n"
    "Смирнова Анна;7Б;лишнее\n"
    "Соколов Илья\n"
).encode("utf-8"))
write("пустой.csv", b"")
write("только заголовок.csv", "ФИО;Класс\r\n".encode("utf-8"))
write("оценки.xlsx", b"PK\x03\x04\x14\x00\x06\x00")
write("инструкция.docx", b"PK\x03\x04")
write(".скрытый.csv", b"a;b\n1;2\n")
write("~$ученики.csv", b"lock")
