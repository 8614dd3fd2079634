#!/usr/bin/env python3
"""Writes the TabularIO test fixtures. Run once from this folder; the outputs are committed.

Each file imitates a real export: Russian Excel (cp1251, `;`, CRLF), Google Forms (UTF-8, `,`,
multi-line answers), TSV journals, pipe-delimited lists, the same roster in every encoding, and
broken files (unbalanced quotes, junk, empty).
"""
import codecs

ROSTER = [
    ["ФИО", "Класс", "Дата рождения", "Пол"],
    ["Иванов Пётр Сергеевич", "7А", "12.03.2012", "м"],
    ["Смирнова Анна Игоревна", "7 Б", "01.09.2012", "ж"],
    ["Кузнецов-Лебедев Ёжик", "8 \"В\"", "29.02.2012", "м"],
    ["Попова Юлия", "10", "", "ж"],
]


def csv_text(rows, delimiter=";", newline="\r\n"):
    out = []
    for row in rows:
        cells = []
        for cell in row:
            if any(ch in cell for ch in (delimiter, '"', "\n", "\r")):
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        out.append(delimiter.join(cells))
    return newline.join(out) + newline


def write(name, data):
    with open(name, "wb") as handle:
        handle.write(data)


roster = csv_text(ROSTER)
write("roster.utf8.csv", roster.encode("utf-8"))
write("roster.utf8bom.csv", codecs.BOM_UTF8 + roster.encode("utf-8"))
write("roster.cp1251.csv", roster.encode("cp1251"))
write("roster.koi8r.csv", roster.encode("koi8_r"))
write("roster.utf16le.csv", codecs.BOM_UTF16_LE + roster.encode("utf-16-le"))
write("roster.utf16be.csv", codecs.BOM_UTF16_BE + roster.encode("utf-16-be"))

# Russian Excel, «CSV (разделители — точки с запятой)»: cp1251, `;`, CRLF, a blank line,
# trailing empty cells, a quoted cell holding the delimiter.
excel = [
    ["№", "Фамилия", "Имя", "Отчество", "Класс", "Математика", "Русский язык", "Примечание"],
    ["1", "Иванов", "Пётр", "Сергеевич", "7А", "4", "5", ""],
    ["2", "Смирнова", "Анна", "", "7А", "5", "4+", "переведена; из 6Б"],
    ["3", "Соколов", "Илья", "Андреевич", "7А", "н/а", "3", ""],
    ["", "", "", "", "", "", "", ""],
    ["4", "Лебедева", "Мария", "Олеговна", "7А", "3", "3", ""],
]
write("excel_cp1251_semicolon.csv", csv_text(excel).encode("cp1251"))

# Google Forms export: UTF-8 without BOM, `,`, LF inside quoted answers, commas in answers.
forms = [
    ["Отметка времени", "ФИО", "Класс", "Насколько комфортно тебе было общаться с наставником?",
     "Что было самым полезным?"],
    ["2026/05/20 10:15:32 AM GMT+3", "Иванов Пётр", "7А", "9", "Разбирали задачи, готовились к ОГЭ"],
    ["2026/05/20 11:02:10 AM GMT+3", "Смирнова Анна", "7А", "10 — очень комфортно",
     "Всё!\nОсобенно встречи, где мы \"играли\" в дебаты,\nи поход в музей"],
    ["2026/05/21 1:45:00 PM GMT+3", "Соколов Илья", "7А", "7", ""],
]
write("google_forms_utf8.csv", csv_text(forms, delimiter=",", newline="\r\n").encode("utf-8"))

# Journal export as TSV (UTF-8 with BOM, LF).
tsv = [
    ["Ученик", "Класс", "Предмет", "Период", "Отметка"],
    ["Иванов Пётр", "7А", "Математика", "1 четверть", "4"],
    ["Иванов Пётр", "7А", "Русский язык", "1 четверть", "5/4"],
    ["Смирнова Анна", "7А", "Математика", "I четверть", "5"],
]
write("journal.tsv", codecs.BOM_UTF8 + csv_text(tsv, delimiter="\t", newline="\n").encode("utf-8"))

# Pipe-delimited list with commas inside quoted fields.
pipes = [
    ["Кружок", "ФИО", "Месяц", "Посещено", "Всего занятий"],
    ["Робототехника, группа 1", "Иванов Пётр", "сентябрь", "6", "8"],
    ["Шахматы", "Смирнова Анна", "октябрь", "4", "4"],
    ["\"Юный журналист\", газета", "Соколов Илья", "май", "0", "8"],
]
write("pipes.txt", csv_text(pipes, delimiter="|", newline="\n").encode("utf-8"))

# An unbalanced quote in the middle: line 3 opens a quote that a later quote closes and text
# follows, so libcsv (strict) fails at line 4.
write("unbalanced_mid.csv", (
    "ФИО;Класс\n"          # line 1
    "Иванов Пётр;7А\n"     # line 2
    "\"Смирнова Анна;7А\n"  # line 3: quote opened, never closed properly
    "Соколов;\"7А\"Б\n"    # line 4: the quote before 7А closes it, then «7А» → error at «7»
    "Лебедева Мария;7А\n"
).encode("utf-8"))

# A quote left open to the end of the file.
write("unbalanced_eof.csv", (
    "ФИО;Класс\n"
    "Иванов Пётр;7А\n"
    "Смирнова Анна;\"7А\n"  # line 3
    "Соколов Илья;7А\n"
    "Лебедева Мария;7А\n"
).encode("utf-8"))

# Empty, blank-only and header-only files; binary junk (a ZIP header as in .xlsx).
write("empty.csv", b"")
write("blank_only.csv", b"\r\n\r\n;;;\r\n")
write("header_only.csv", "ФИО;Класс\r\n".encode("cp1251"))
write("junk.csv", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(256)))

# Empty versus missing fields.
write("empty_vs_missing.csv", (
    "a;b;c\n"
    "1;;3\n"      # b empty
    "4;\"\";6\n"  # b quoted empty
    "7;8\n"       # c missing
).encode("utf-8"))

# All-caps header in cp1251 (the case statistics must not flip it to KOI8-R).
write("caps_cp1251.csv", "ФИО;КЛАСС;ПОЛ\r\nИВАНОВ ПЁТР;7А;М\r\nСМИРНОВА АННА;7Б;Ж\r\n".encode("cp1251"))
