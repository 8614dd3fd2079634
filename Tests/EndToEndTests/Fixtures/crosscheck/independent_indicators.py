#!/usr/bin/env python3
"""Independent cross-check of the bundled sample school (issue 4).

Reads the exports in the repository's `surveys/` folder directly and computes the indicators of
`../shared/spec/indicators.md` from the specification alone: its own CSV reading (encoding
detection, delimiter sniffing), header aliases, name and class normalisation, the person-matching
rules of data-contract.md §4, instrument scoring per `pipelines/instruments/*.yml`, and SciPy for
the tests. It never imports, runs or reads anything the Swift code wrote (no indicators.json, no
warehouse.sqlite). The result, `expected_indicators.json` beside this script, is what
`SampleSchoolCrossCheckTests` compares `nastavnik compute` against.

Rerun after changing `surveys/`, the instruments or a decision below (stdlib + scipy only):

    python3 Tests/EndToEndTests/Fixtures/crosscheck/independent_indicators.py

Where the specification is silent this script follows the decisions documented in
Sources/MonitoringKit/Indicators/** and the normalizer (see `DECISIONS` below).
"""

import csv
import io
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

from scipy import stats

DECISIONS = """
- A person's period kind is the non-year kind with the most subject cells; baseline = its
  period 1, final = «год» when present, else its last period; baseline ≠ final.
- baseline_period / final_period: the most common among paired mentees.
- СОУ counts every mark of each paired mentee's own baseline (final) period, all subjects.
- Comparison group (grades): students or persons in grades, neither mentee nor mentor, in a
  mentee's class; shown from 6 paired persons; Mann–Whitney on per-person changes;
  baseline_gap_sd uses the pooled SD (n − 1 weights) of before(p) of both groups.
- Anxiety: factors over the paired mentees whose factor is valid in both waves (n per factor),
  scored with the test's key and the 90 % rule; comparison = matched respondents who are
  neither mentee nor mentor with a valid score in both waves, from 6 persons.
- Satisfaction: matched respondents outside the role are left out, anonymous ones count in
  respondents/index/shares/items but not in response_rate; continue/become_mentor shares over
  every kept post response that answered; item counts round the answer; expectations pair
  matched role members who answered the item in both waves, null without pre answers.
- Clubs: baseline/final = earliest/latest month of all club rows; «no attendance numbers» =
  no attended value; McNemar over all mentees.
- Registry: added/removed_during count persons with an entry whose date_on/date_off is in
  (start, end]; unmatched registry rows are kept apart by name + class.
- Meetings: pairs (the divisor) = pair ids with ≥ 1 mentee; full cycle needs знакомство,
  планирование, ≥ 1 рабочая and итоговая.
- Coverage: a pair's model and status are its first row's; a mentee's category the first
  one given; the age on start is in whole years.
- Matching: an «ID» column whose values mostly match no roster id is a form's response number
  and is ignored (Normalizer.withoutForeignIDs); a roster person whose id conflicts with the
  row's is never a name candidate; the first rule that finds anybody decides, two candidates
  = unmatched.
- Survey duplicates: the latest by timestamp (then file order, line) per person, instrument
  and wave.
"""

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
SURVEYS = REPO / "surveys"
START, END = date(2025, 9, 1), date(2026, 5, 31)
MIDPOINT = START + timedelta(days=(END - START).days // 2)

# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------

LOOKALIKE = str.maketrans("aceopxyABCEHKMOPTXYkmtbh", "асеорхуАВСЕНКМОРТХУкмтвн")
CYR = re.compile(r"[а-яё]", re.I)


def fix_lookalikes(text):
    """Latin look-alike letters inside words that have Cyrillic letters become Cyrillic."""
    return " ".join(w.translate(LOOKALIKE) if CYR.search(w) else w for w in text.split(" "))


def clean(text):
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text).strip()


def header_key(text):
    """Header normalisation of data-contract.md §2."""
    text = clean(text)
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text) or text
    text = fix_lookalikes(text.lower().replace("ё", "е"))
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", text).strip()


EMPTY = {"", "-", "—", "–", "н/д", "нет данных"}


def cell(text):
    text = clean(text or "")
    return "" if text.lower() in EMPTY else text


# ---------------------------------------------------------------------------------------------
# Files: encoding, dialect, rows
# ---------------------------------------------------------------------------------------------

FREQUENT = set("оеаинтсрвлкмдпу")


def cyrillic_score(text):
    letters = [ch for ch in text if "а" <= ch.lower() <= "я" or ch in "ёЁ"]
    return sum(ch in FREQUENT for ch in letters) / max(1, len(letters))


def decode(raw):
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8"
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le"), "utf-16le"
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be"), "utf-16be"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    win, koi = raw.decode("cp1251", "replace"), raw.decode("koi8-r", "replace")
    return (koi, "koi8-r") if cyrillic_score(koi) > cyrillic_score(win) else (win, "windows-1251")


def sniff(text):
    sample = "\n".join(text.splitlines()[:30])
    best, best_score = ";", -1
    for delimiter in [";", ",", "\t", "|"]:
        counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        if not counts:
            continue
        mode, hits = Counter(counts).most_common(1)[0]
        if mode > 1 and (hits, mode) > (best_score, 0):
            best, best_score = delimiter, hits
    return best


def read_table(path):
    text, _ = decode(path.read_bytes())
    rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=sniff(text))]
    rows = [r for r in rows if any(c.strip() for c in r)]
    return (rows[0], rows[1:]) if rows else ([], [])


# ---------------------------------------------------------------------------------------------
# Fields and datasets
# ---------------------------------------------------------------------------------------------

ALIASES = {
    "full_name": ["ФИО", "Ф.И.О.", "ФИО обучающегося", "ФИО ученика", "Обучающийся", "Ученик",
                  "Фамилия Имя", "Фамилия и имя", "Участник"],
    "last_name": ["Фамилия"], "first_name": ["Имя"], "middle_name": ["Отчество"],
    "class": ["Класс", "Кл.", "Класс обучения", "Параллель и буква"],
    "student_id": ["ID", "Код", "Идентификатор", "Номер личного дела", "№ л/д"],
    "birth_date": ["Дата рождения"], "sex": ["Пол"], "row_number": ["№", "N", "№ п/п"],
    "role": ["Роль"], "mentee_category": ["Категория"], "special_needs": ["ОВЗ"],
    "newcomer": ["Новичок", "Прибыл в этом году"],
    "pair_id": ["№ пары", "Пара", "Группа", "№ группы"],
    "mentor": ["Наставник", "ФИО наставника"], "mentee": ["Наставляемый", "ФИО наставляемого"],
    "mentor_class": ["Класс наставника"], "mentee_class": ["Класс наставляемого"],
    "model": ["Форма взаимодействия", "Модель", "Ролевая модель", "Вариант"],
    "start_date": ["Дата начала", "Дата формирования"], "end_date": ["Дата окончания"],
    "status": ["Статус"], "subject": ["Предмет"],
    "period": ["Период", "Четверть", "Триместр", "Месяц"],
    "mark": ["Оценка", "Отметка", "Итоговая отметка", "Балл"],
    "timestamp": ["Отметка времени", "Timestamp", "Дата и время", "Время создания"],
    "wave": ["Этап", "Анкетирование", "Вид анкетирования"],
    "club": ["Кружок", "Секция", "Объединение", "Кружок/секция", "Название объединения"],
    "attended": ["Посещено", "Посещено занятий", "Присутствовал"],
    "held": ["Всего занятий", "Проведено занятий"],
    "registry_type": ["Вид учёта", "Учёт", "Тип учёта"],
    "date_on": ["Дата постановки", "Поставлен"], "date_off": ["Дата снятия", "Снят"],
    "reason": ["Основание", "Причина"],
    "date": ["Дата"], "meeting_type": ["Тип встречи", "Вид встречи", "Встреча"],
    "duration": ["Длительность", "Длительность, мин"], "format": ["Формат"],
}
FIELD_OF = {header_key(a): f for f, aliases in ALIASES.items() for a in aliases}


def map_header(header):
    """Field → column index (first column wins); other columns → list of (index, text)."""
    fields, others = {}, []
    for i, text in enumerate(header):
        field = FIELD_OF.get(header_key(text))
        if field and field not in fields:
            fields[field] = i
        else:
            others.append((i, clean(text)))
    return fields, others


# ---------------------------------------------------------------------------------------------
# Names, classes, dates, periods, marks
# ---------------------------------------------------------------------------------------------


def name_words(text):
    text = unicodedata.normalize("NFC", text).lower().replace("ё", "е")
    text = re.sub(r"\([^()]*\)", " ", text)
    text = re.sub(r"[‐‑‒–—―]", "-", text).replace("'", "").replace("’", "")
    text = re.sub(r"[^\w\s-]", " ", text).replace("_", " ")
    return fix_lookalikes(re.sub(r"\s+", " ", text).strip()).split()


def split_name(words):
    """(surname, first, patronymic) of «Фамилия Имя Отчество»; initials stay single letters."""
    return (words[0] if words else "", words[1] if len(words) > 1 else "",
            " ".join(words[2:]) if len(words) > 2 else "")


CLASS_LETTER = str.maketrans("abcehkmoptxy", "авсенкмортху")


def norm_class(text):
    text = clean(text).lower().replace("класс", "")
    text = re.sub(r"[\s\"'«»“”„\-–—.]", "", text).translate(CLASS_LETTER)
    m = re.fullmatch(r"0*(\d{1,2})([а-я]?)", text)
    return f"{int(m.group(1))}{m.group(2).upper()}" if m and 1 <= int(m.group(1)) <= 11 else None


def parse_date(text):
    text = clean(text)
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text) or re.match(r"(\d{4})/(\d{1,2})/(\d{1,2})", text)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.match(r"(\d{1,2})\.(\d{1,2})\.(\d{2,4})", text)
    if m:
        year = int(m.group(3))
        return date(year + 2000 if year < 100 else year, int(m.group(2)), int(m.group(1)))
    return None


def parse_timestamp(text):
    day = parse_date(text)
    if day is None:
        return None
    m = re.search(r"\s(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(\S*)", clean(text))
    hour, minute, second = (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)) if m else (0, 0, 0)
    token = (m.group(4) if m else "").upper()
    if hour < 13 and token in ("PM", "ПП") and hour != 12:
        hour += 12
    if token in ("AM", "ДП") and hour == 12:
        hour = 0
    return (day, hour, minute, second)


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def parse_period(text):
    t = clean(text).lower().replace("_", " ")
    if re.search(r"год|итогов", t):
        return ("год", 0)
    for kind, pattern in (("четверть", r"чет|^q"), ("триместр", r"трим"), ("полугодие", r"полуг")):
        if re.search(pattern, t):
            m = re.search(r"\b(\d)\b|q(\d)", t) or re.search(r"\b(i{1,3}|iv)\b", t)
            if m:
                value = next(g for g in m.groups() if g)
                return (kind, int(value) if value.isdigit() else ROMAN[value])
    return None


def period_label(period):
    return "год" if period[0] == "год" else f"{period[1]} {period[0]}"


def parse_marks(text):
    """List of tokens: ints/floats, 'na', 'exempt', 'pass', 'fail'; None = bad cell."""
    t = cell(text).lower()
    if not t:
        return []
    if t in ("н/а", "н\\а", "на", "не атт.", "не атт"):
        return ["na"]
    if t in ("осв", "осв.", "освобожден", "освобождён"):
        return ["exempt"]
    if t in ("зач", "зачет", "зачёт", "зачтено"):
        return ["pass"]
    if t in ("незач", "незачет", "незачёт"):
        return ["fail"]
    marks = []
    for token in re.split(r"[/\s]+", t):
        token = token.rstrip("+-").replace(",", ".")
        try:
            value = float(token)
        except ValueError:
            return None
        if not 1 <= value <= 5:
            return None
        marks.append(int(value) if value.is_integer() and "." not in token else value)
    return marks


MONTHS = ["сентябр", "октябр", "ноябр", "декабр", "январ", "феврал", "март", "апрел", "май",
          "июн", "июл", "август"]
MONTH_NAMES = ["сентябрь", "октябрь", "ноябрь", "декабрь", "январь", "февраль", "март", "апрель",
               "май", "июнь", "июль", "август"]


def academic_month(text):
    t = clean(text).lower()
    for i, stem in enumerate(MONTHS):
        if t.startswith(stem) or (stem == "май" and t.startswith("ма") and t in ("мая", "май")):
            return i + 1
    day = parse_date(t)
    return (day.month - 9) % 12 + 1 if day else None


YES = {"да", "д", "+", "1", "yes", "y", "true", "v", "x", "✓", "скорее да"}
NO = {"нет", "н", "-", "0", "no", "n", "false", "скорее нет"}


def yes_no(text):
    t = clean(text or "").lower().replace("ё", "е").rstrip(".")
    return True if t in YES else False if t in NO else None


# ---------------------------------------------------------------------------------------------
# People (data-contract.md §4)
# ---------------------------------------------------------------------------------------------


def edit_distance(a, b):
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def agrees(a, b):
    """Name parts agree: equal words, or an initial that starts the other word."""
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b


def grade_letter(schoolclass):
    m = re.fullmatch(r"(\d+)(.?)", schoolclass or "")
    return (int(m.group(1)), m.group(2)) if m else (None, "")


class Roster:
    """students ∪ participants ∪ pairs; rules 1–7, the first rule that finds anybody decides."""

    def __init__(self):
        self.persons = []  # dicts: words, class, sid, birth, in_students

    def add(self, words, schoolclass, sid=None, birth=None, in_students=False):
        self.persons.append({"words": words, "class": schoolclass, "sid": sid, "birth": birth,
                             "in_students": in_students})
        return len(self.persons) - 1

    def match(self, words, schoolclass, sid=None):
        """Person index, or None (unknown or ambiguous)."""
        if sid:
            hits = [i for i, p in enumerate(self.persons) if p["sid"] == sid]
            if hits:
                return hits[0] if len(hits) == 1 else None
        eligible = [i for i, p in enumerate(self.persons) if not (sid and p["sid"] and p["sid"] != sid)]
        key = " ".join(words)
        s, f, m = split_name(words)
        if schoolclass is None:
            hits = [i for i in eligible if " ".join(self.persons[i]["words"]) == key]
            return hits[0] if len(hits) == 1 else None
        same = [i for i in eligible if self.persons[i]["class"] == schoolclass]

        def rule2(p):
            return " ".join(p["words"]) == key

        def rule3(p):
            ps, pf, pm = split_name(p["words"])
            return (ps == s and pf == f and len(f) > 1 and len(pf) > 1 and (bool(pm) != bool(m)))

        def rule4(p):
            ps, pf, pm = split_name(p["words"])
            initials = len(f) == 1 or len(pf) == 1 or (m and len(m) == 1) or (pm and len(pm) == 1)
            return (initials and ps == s and f and pf and agrees(f, pf)
                    and (not m or not pm or agrees(m, pm)))

        def rule5(p):
            ps, pf, pm = split_name(p["words"])
            swapped = (f == ps and s == pf and (not m or not pm or m == pm))
            first_last = len(words) == 3 and words[0] == pf and words[1] == pm and words[2] == ps
            return swapped or first_last

        def rule6(p):
            other = " ".join(p["words"])
            letters = lambda t: sum(ch.isalpha() for ch in t)
            if letters(other) < 5 or letters(key) < 5:
                return False
            if edit_distance(key, other) <= 1:
                return True
            ps, pf, pm = split_name(p["words"])
            if not m and pm:  # patronymic missing on the row's side
                short = " ".join(w for w in (ps, pf) if w)
                return edit_distance(key, short) <= 1
            return False

        for rule in (rule2, rule3, rule4, rule5, rule6):
            hits = [i for i in same if rule(self.persons[i])]
            if hits:
                return hits[0] if len(hits) == 1 else None
        grade, letter = grade_letter(schoolclass)
        neighbours = []
        for i in eligible:
            p = self.persons[i]
            g, l = grade_letter(p["class"])
            if " ".join(p["words"]) != key or p["class"] == schoolclass or g is None:
                continue
            if (g == grade and l != letter) or (abs(g - grade) == 1 and (l == letter or not l or not letter)):
                neighbours.append(i)
        if neighbours:
            return neighbours[0] if len(neighbours) == 1 else None
        hits = [i for i in eligible if self.persons[i]["class"] is None and " ".join(self.persons[i]["words"]) == key]
        return hits[0] if len(hits) == 1 else None


def row_name(row, fields):
    def get(field):
        return cell(row[fields[field]]) if field in fields and fields[field] < len(row) else ""
    if "full_name" in fields:
        text = get("full_name")
    else:
        text = " ".join(x for x in (get("last_name"), get("first_name"), get("middle_name")) if x)
    return name_words(text), norm_class(get("class")) if get("class") else None, get("student_id") or None


def value(row, fields, field):
    return cell(row[fields[field]]) if field in fields and fields[field] < len(row) else ""


# ---------------------------------------------------------------------------------------------
# Instruments (instruments.md; the same items as pipelines/instruments/*.yml)
# ---------------------------------------------------------------------------------------------

MENTEE_RATINGS = [
    ("comfort", "Насколько комфортно тебе было общаться с наставником?"),
    ("useful", "Насколько полезными были встречи с наставником?"),
    ("interest", "Насколько интересными были ваши совместные занятия?"),
    ("clarity", "Насколько понятно было, что вы делаете вместе и зачем?"),
    ("support", "Насколько ты чувствовал(а) поддержку наставника?"),
    ("expectations", "Насколько оправдались твои ожидания от программы?"),
    ("overall", "Насколько ты доволен(льна) вашей совместной работой в целом?"),
]
MENTOR_RATINGS = [
    ("comfort", "Насколько комфортно было общаться с наставляемым?"),
    ("useful", "Насколько полезными, на ваш взгляд, были встречи?"),
    ("planning", "Насколько удалось спланировать совместную работу?"),
    ("plan_done", "Насколько удалось выполнить намеченный план?"),
    ("engagement", "Насколько наставляемый был вовлечён в работу?"),
    ("training", "Насколько достаточной была подготовка наставников и помощь куратора?"),
    ("overall", "Насколько вы довольны совместной работой в целом?"),
]
SATISFACTION = {
    "satisfaction-mentee": {
        "ratings": MENTEE_RATINGS,
        "yes_no": [("continue", "Хотел(а) бы ты продолжить участие в программе наставничества?"),
                   ("become_mentor", "Хотел(а) бы ты сам(а) стать наставником?")],
        "text": [("best", "Что было самым полезным?"), ("change", "Что бы ты изменил(а)?")],
    },
    "satisfaction-mentor": {
        "ratings": MENTOR_RATINGS,
        "yes_no": [("continue", "Хотели бы вы продолжить работу наставником?")],
        "text": [("best", "Что было самым полезным?"), ("change", "Что бы вы изменили?")],
    },
}
PHILLIPS_YES = {11, 20, 22, 24, 25, 30, 35, 36, 38, 39, 41, 43, 44}
PHILLIPS_FACTORS = [
    ("f1", "Общая тревожность в школе", [2, 3, 7, 12, 16, 21, 23, 26, 28] + list(range(46, 59))),
    ("f2", "Переживание социального стресса", [5, 10, 15, 20, 24, 30, 33, 36, 39, 42, 44]),
    ("f3", "Фрустрация потребности в достижении успеха", [1, 3, 6, 11, 17, 19, 25, 29, 32, 35, 38, 41, 43]),
    ("f4", "Страх самовыражения", [27, 31, 34, 37, 40, 45]),
    ("f5", "Страх ситуации проверки знаний", [2, 7, 12, 16, 21, 26]),
    ("f6", "Страх не соответствовать ожиданиям окружающих", [3, 8, 13, 17, 22]),
    ("f7", "Низкая физиологическая сопротивляемость стрессу", [9, 14, 18, 23, 28]),
    ("f8", "Проблемы и страхи в отношениях с учителями", [2, 6, 11, 32, 35, 41, 44, 47]),
]


def question_number(text):
    m = re.match(r"\s*(?:вопрос|№)?\s*(\d{1,3})\s*(?:[.)\-]|$|\s)", clean(text).lower())
    return int(m.group(1)) if m else None


def match_instruments(others):
    """instrument id → {item id: column}; an instrument needs ≥ 60 % of its items."""
    found = {}
    for iid, spec in SATISFACTION.items():
        items = spec["ratings"] + spec["yes_no"] + spec["text"]
        keys = {header_key(text): item for item, text in items}
        columns = {keys[header_key(t)]: i for i, t in others if header_key(t) in keys}
        if len(columns) >= 0.6 * len(items):
            found[iid] = columns
    numbered = {question_number(t): i for i, t in others if question_number(t)}
    columns = {n: numbered[n] for n in range(1, 59) if n in numbered}
    if len(columns) >= 0.6 * 58:
        found["phillips"] = columns
    return found


def wave_of(path, fields, row, timestamp):
    text = value(row, fields, "wave").lower()
    for source in ([text] if text else []) + [path.stem.lower()]:
        if re.search(r"вход|старт|нач|сентябр|\bpre\b", source):
            return "pre"
        if re.search(r"итог|конец|финал|\bма[йя]\b|\bpost\b", source):
            return "post"
    if timestamp:
        return "pre" if timestamp[0] < MIDPOINT else "post"
    return None


# ---------------------------------------------------------------------------------------------
# Loading the folder
# ---------------------------------------------------------------------------------------------


def kind_of(fields, others, rows):
    has = fields.__contains__
    person = has("full_name") or (has("last_name") and has("first_name"))
    if has("mentor") and has("mentee"):
        return "pairs"
    for field, kind in (("role", "participants"), ("registry_type", "registry"), ("club", "clubs"),
                        ("meeting_type", "meetings")):
        if has(field):
            return kind
    if has("subject") and has("mark"):
        return "grades_long"
    if match_instruments(others):
        return "survey"
    if person and has("class") and len(others) >= 2:
        return "grades_wide"
    if person and has("class") and not others:
        return "students"
    return None


def load(folder):
    tables = []
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in (".csv", ".tsv", ".txt") or path.name.startswith((".", "~$")):
            continue
        header, rows = read_table(path)
        fields, others = map_header(header)
        tables.append((path, kind_of(fields, others, rows), fields, others, rows))
    return tables


class School:
    def __init__(self, folder):
        self.tables = load(folder)
        self.roster = Roster()
        self.mentees, self.mentors = set(), set()
        self.category = {}
        self.pairs = defaultdict(list)  # pair id → rows (mentor, mentee, model, status)
        self.grades = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))  # p → period → subject
        self.responses = []  # dicts: instrument, wave, person, time, order, answers
        self.clubs, self.registry, self.meetings = [], [], []
        by_kind = defaultdict(list)
        for table in self.tables:
            by_kind[table[1]].append(table)
        for path, _, fields, _, rows in by_kind["students"]:
            for row in rows:
                words, schoolclass, sid = row_name(row, fields)
                birth = parse_date(value(row, fields, "birth_date"))
                self.roster.add(words, schoolclass, sid, birth, in_students=True)
        known = {p["sid"] for p in self.roster.persons if p["sid"]}
        for path, kind, fields, _, rows in self.tables:
            # Decision (Normalizer.withoutForeignIDs): an «ID» column whose values mostly match
            # no roster id is a form's response number, not a student id; names are used instead.
            if kind != "students" and "student_id" in fields:
                ids = [value(row, fields, "student_id") for row in rows]
                ids = [i for i in ids if i]
                if ids and 2 * sum(i in known for i in ids) < len(ids):
                    del fields["student_id"]
        for path, _, fields, _, rows in by_kind["participants"]:
            for row in rows:
                person = self.person(*row_name(row, fields), create=True)
                role = value(row, fields, "role").lower()
                if role.startswith("наставляем") or role == "mentee":
                    self.mentees.add(person)
                    category = value(row, fields, "mentee_category").lower()
                    if category and person not in self.category:
                        self.category[person] = category
                elif "наставник" in role or role == "mentor":
                    self.mentors.add(person)
        for path, _, fields, _, rows in by_kind["pairs"]:
            for line, row in enumerate(rows):
                mentor = self.person(name_words(value(row, fields, "mentor")),
                                     norm_class(value(row, fields, "mentor_class")), None, create=True)
                mentee = self.person(name_words(value(row, fields, "mentee")),
                                     norm_class(value(row, fields, "mentee_class")), None, create=True)
                self.mentors.add(mentor)
                self.mentees.add(mentee)
                pair = value(row, fields, "pair_id") or f"mentor:{mentor}"
                self.pairs[pair].append((mentor, mentee, value(row, fields, "model"),
                                         value(row, fields, "status")))
        for path, kind, fields, others, rows in self.tables:
            if kind == "grades_wide":
                self.load_wide(path, fields, others, rows)
            elif kind == "grades_long":
                self.load_long(fields, rows)
            elif kind == "survey":
                self.load_survey(path, fields, others, rows)
            elif kind == "clubs":
                for row in rows:
                    self.clubs.append((self.person(*row_name(row, fields)), value(row, fields, "club"),
                                       academic_month(value(row, fields, "period")),
                                       value(row, fields, "attended"), value(row, fields, "held")))
            elif kind == "registry":
                for row in rows:
                    words, schoolclass, sid = row_name(row, fields)
                    person = self.person(words, schoolclass, sid)
                    identity = person if person is not None else ("?", " ".join(words), schoolclass)
                    self.registry.append((identity, person, registry_type(value(row, fields, "registry_type")),
                                          parse_date(value(row, fields, "date_on")),
                                          parse_date(value(row, fields, "date_off"))))
            elif kind == "meetings":
                for row in rows:
                    self.meetings.append((value(row, fields, "pair_id"), meeting_type(value(row, fields, "meeting_type"))))

    def person(self, words, schoolclass, sid, create=False):
        found = self.roster.match(words, schoolclass, sid)
        if found is None and create and words:
            found = self.roster.add(words, schoolclass, sid)
        return found

    def load_wide(self, path, fields, others, rows):
        for row in rows:
            person = self.person(*row_name(row, fields))
            period = parse_period(value(row, fields, "period")) if "period" in fields else parse_period(path.stem)
            if person is None or period is None:
                continue
            for i, subject in others:
                marks = parse_marks(row[i] if i < len(row) else "")
                if marks:
                    self.grades[person][period][subject] += marks

    def load_long(self, fields, rows):
        for row in rows:
            person = self.person(*row_name(row, fields))
            period = parse_period(value(row, fields, "period"))
            marks = parse_marks(value(row, fields, "mark"))
            if person is not None and period and marks:
                self.grades[person][period][value(row, fields, "subject")] += marks

    def load_survey(self, path, fields, others, rows):
        for iid, columns in match_instruments(others).items():
            for line, row in enumerate(rows):
                answers = {item: clean(row[i]) if i < len(row) else "" for item, i in columns.items()}
                if not any(answers.values()):
                    continue
                words, schoolclass, sid = row_name(row, fields)
                time = parse_timestamp(value(row, fields, "timestamp"))
                wave = wave_of(path, fields, row, time) or ("post" if iid != "phillips" else None)
                self.responses.append({"instrument": iid, "wave": wave, "time": time,
                                       "person": self.person(words, schoolclass, sid) if words else None,
                                       "order": (str(path), line), "answers": answers})

    def latest_responses(self, iid, wave):
        """De-duplicated responses: the latest by timestamp per person; anonymous rows all kept."""
        kept, anonymous = {}, []
        for r in self.responses:
            if r["instrument"] != iid or r["wave"] != wave:
                continue
            if r["person"] is None:
                anonymous.append(r)
                continue
            old = kept.get(r["person"])
            if old is None or (r["time"] or (date.min,), r["order"]) >= (old["time"] or (date.min,), old["order"]):
                kept[r["person"]] = r
        return kept, anonymous


def registry_type(text):
    t = clean(text).lower()
    if t.startswith(("вшу", "вшк", "внутришк")):
        return "ВШУ"
    if t.startswith("кдн"):
        return "КДН"
    if t.startswith("пдн"):
        return "ПДН"
    if t.startswith("соп"):
        return "СОП"
    if "риск" in t:
        return "группа риска"
    return clean(text)


def meeting_type(text):
    t = clean(text).lower()
    for stems, kind in ((("знаком",), "знакомство"), (("пробн",), "пробная"), (("план",), "планирование"),
                        (("рабоч", "темат", "регуляр", "занятие"), "рабочая"), (("итог",), "итоговая")):
        if any(s in t for s in stems):
            return kind
    return None


# ---------------------------------------------------------------------------------------------
# Tests (indicators.md, «Tests»)
# ---------------------------------------------------------------------------------------------


def mean(values):
    return sum(values) / len(values) if values else None


def wilcoxon(after, before):
    n = len(after)
    if n < 6:
        return None
    d = [a - b for a, b in zip(after, before)]
    if all(x == 0 for x in d):
        return None
    ranks = stats.rankdata([abs(x) for x in d])
    w_plus = float(sum(r for r, x in zip(ranks, d) if x > 0))
    w_minus = float(sum(r for r, x in zip(ranks, d) if x < 0))
    nonzero = [abs(x) for x in d if x != 0]
    exact = n <= 25 and len(nonzero) == n and len(set(nonzero)) == n
    result = stats.wilcoxon(after, before, zero_method="pratt", correction=False,
                            method="exact" if exact else "approx")
    return {"n": n, "w_plus": w_plus, "w_minus": w_minus,
            "rank_biserial": (w_plus - w_minus) / (w_plus + w_minus), "p": float(result.pvalue),
            "method": "exact" if exact else "approximate", "zeros": n - len(nonzero),
            "small_sample": n < 20}


def ttest(after, before):
    n = len(after)
    if n < 6:
        return None
    d = [a - b for a, b in zip(after, before)]
    sd = statistics_sd(d)
    if sd == 0:
        return None
    result = stats.ttest_rel(after, before)
    md = mean(d)
    half = stats.t.ppf(0.975, n - 1) * sd / math.sqrt(n)
    return {"n": n, "t": float(result.statistic), "df": n - 1, "p": float(result.pvalue),
            "mean_diff": md, "ci95": [md - half, md + half], "cohen_dz": md / sd, "small_sample": n < 20}


def statistics_sd(values):
    m = mean(values)
    return math.sqrt(sum((x - m) ** 2 for x in values) / (len(values) - 1))


def mcnemar(n, b, c):
    if n < 6 or b + c == 0:
        return None
    p = min(1.0, 2 * float(stats.binom.cdf(min(b, c), b + c, 0.5)))
    return {"n": n, "b": b, "c": c, "p": p, "small_sample": n < 20}


def mannwhitney(x, y):
    result = stats.mannwhitneyu(x, y, alternative="two-sided", use_continuity=True, method="asymptotic")
    n = len(x) + len(y)
    return {"n": n, "n1": len(x), "n2": len(y), "u": float(result.statistic), "p": float(result.pvalue),
            "small_sample": n < 20}


def comparison(mentee_changes, group_before, group_after):
    if not mentee_changes or len(group_before) < 6:
        return None
    changes = [a - b for a, b in zip(group_after, group_before)]
    return {"persons": len(group_before), "mean_before": mean(group_before), "mean_after": mean(group_after),
            "mean_change": mean(changes), "did": mean(mentee_changes) - mean(changes),
            "mannwhitney": mannwhitney(mentee_changes, changes)}


def share(count, total):
    return count / total if total else None


# ---------------------------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------------------------


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def coverage(school):
    persons = school.roster.persons
    students = [i for i, p in enumerate(persons) if p["in_students"]]
    by_age = [i for i in students if persons[i]["birth"] and 10 <= age_on(persons[i]["birth"], START) <= 19]
    participants = school.mentees | school.mentors
    counted = {pid: rows for pid, rows in school.pairs.items() if rows}
    models, statuses = Counter(), Counter()
    for rows in counted.values():
        models[norm_model(rows[0][2])] += 1
        statuses[rows[0][3].lower() or "не указан"] += 1
    base = set(by_age)
    return {
        "students_total": len(students), "students_10_19": len(by_age), "age_proxy": False,
        "mentors": len(school.mentors), "mentees": len(school.mentees), "participants": len(participants),
        "pairs": len(counted), "groups": sum(1 for rows in counted.values() if len({r[1] for r in rows}) >= 2),
        "involved_share_10_19": share(len(participants & base), len(base)),
        "mentee_share_10_19": share(len(school.mentees & base), len(base)),
        "pairs_by_model": dict(sorted(models.items())), "pairs_by_status": dict(sorted(statuses.items())),
        "mentees_by_category": dict(sorted(Counter(school.category.get(m, "не указана") for m in school.mentees).items())),
        "mentees_by_class": dict(sorted(Counter(persons[m]["class"] or "не указан" for m in school.mentees).items(),
                                        key=lambda kv: (grade_letter(kv[0])[0] or 99, kv[0]))),
    }


MODELS = ["успевающий – неуспевающий", "лидер – пассивный", "равный – равному", "адаптированный – неадаптированный"]


def norm_model(text):
    t = re.sub(r"[«»\"“”]", "", clean(text).lower())
    t = re.sub(r"\s*[-‐‑‒–—―]\s*", " – ", t)
    return t if t in MODELS else "другое"


class History:
    """One person's marks: period → subject → tokens."""

    def __init__(self, periods):
        self.periods = periods

    def kind(self):
        counts = Counter()
        for period, subjects in self.periods.items():
            if period[0] != "год":
                counts[period[0]] += len(subjects)
        order = ["четверть", "триместр", "полугодие"]
        return min(counts, key=lambda k: (-counts[k], order.index(k))) if counts else None

    def means(self, period):
        result = {}
        for subject, tokens in self.periods.get(period, {}).items():
            numbers = [t for t in tokens if not isinstance(t, str)]
            if numbers:
                result[subject] = sum(numbers) / len(numbers)
        return result

    def failing(self, period):
        subjects = self.periods.get(period, {})
        return (any("na" in t or "fail" in t for t in subjects.values())
                or any(m < 2.5 for m in self.means(period).values()))

    def quality(self, period):
        means = self.means(period)
        return not self.failing(period) and bool(means) and all(m >= 3.5 for m in means.values())

    def paired(self):
        kind = self.kind()
        if kind is None:
            return None
        baseline = (kind, 1)
        final = ("год", 0) if ("год", 0) in self.periods else max(p for p in self.periods if p[0] == kind)
        if baseline == final:
            return None
        before, after = self.means(baseline), self.means(final)
        common = sorted(set(before) & set(after))
        if not common:
            return None
        return {"baseline": baseline, "final": final, "subjects": [(s, before[s], after[s]) for s in common],
                "before": mean([before[s] for s in common]), "after": mean([after[s] for s in common])}


def round_half_up(x):
    return int(math.floor(x + 0.5))


def sou(histories_periods):
    weights = {5: 100, 4: 64, 3: 36, 2: 16, 1: 16}
    total = weighted = not_attested = 0
    for history, period in histories_periods:
        for tokens in history.periods.get(period, {}).values():
            for t in tokens:
                if t == "na":
                    total, weighted, not_attested = total + 1, weighted + 7, not_attested + 1
                elif not isinstance(t, str):
                    total, weighted = total + 1, weighted + weights[round_half_up(t)]
    return (weighted / total if total else None), not_attested


def comparison_group(school):
    persons = school.roster.persons
    classes = {persons[m]["class"] for m in school.mentees if persons[m]["class"]}
    candidates = {i for i, p in enumerate(persons) if p["in_students"]} | set(school.grades)
    return {i for i in candidates if i not in school.mentees and i not in school.mentors
            and persons[i]["class"] in classes}


def grades(school, t=0.1):
    paired = []
    for person in sorted(school.mentees):
        history = History(school.grades.get(person, {}))
        value = history.paired()
        if value:
            paired.append((history, value))
    values = [v for _, v in paired]
    n = len(values)
    before, after = [v["before"] for v in values], [v["after"] for v in values]
    changes = [v["after"] - v["before"] for v in values]
    fail_b = [h.failing(v["baseline"]) for h, v in paired]
    fail_a = [h.failing(v["final"]) for h, v in paired]
    sou_b, na_b = sou([(h, v["baseline"]) for h, v in paired])
    sou_a, na_a = sou([(h, v["final"]) for h, v in paired])
    subjects = defaultdict(list)
    for v in values:
        for name, b, a in v["subjects"]:
            subjects[name].append((b, a))
    group = []
    for person in sorted(comparison_group(school)):
        value = History(school.grades.get(person, {})).paired()
        if value:
            group.append(value)
    g_before, g_after = [v["before"] for v in group], [v["after"] for v in group]
    compared = comparison(changes, g_before, g_after)
    gap = None
    if compared:
        n1, n2 = len(before), len(g_before)
        pooled = math.sqrt(((n1 - 1) * statistics_sd(before) ** 2 + (n2 - 1) * statistics_sd(g_before) ** 2)
                           / (n1 + n2 - 2))
        gap = (mean(before) - mean(g_before)) / pooled
    return {
        "baseline_period": period_label(Counter(v["baseline"] for v in values).most_common(1)[0][0]),
        "final_period": period_label(Counter(v["final"] for v in values).most_common(1)[0][0]),
        "threshold": t, "mentees_paired": n, "mean_before": mean(before), "mean_after": mean(after),
        "mean_change": mean(changes),
        "improved": sum(c >= t - 1e-12 for c in changes), "worsened": sum(c <= -t + 1e-12 for c in changes),
        "unchanged": sum(-t + 1e-12 < c < t - 1e-12 for c in changes),
        "success_rate_before": share(n - sum(fail_b), n), "success_rate_after": share(n - sum(fail_a), n),
        "quality_rate_before": share(sum(h.quality(v["baseline"]) for h, v in paired), n),
        "quality_rate_after": share(sum(h.quality(v["final"]) for h, v in paired), n),
        "sou_before": sou_b, "sou_after": sou_a, "sou_not_attested_before": na_b, "sou_not_attested_after": na_a,
        "failing_before": sum(fail_b), "failing_after": sum(fail_a),
        "failing_mcnemar": mcnemar(n, sum(b and not a for b, a in zip(fail_b, fail_a)),
                                   sum(a and not b for b, a in zip(fail_b, fail_a))),
        "wilcoxon": wilcoxon(after, before), "ttest": ttest(after, before),
        "by_subject": [{"subject": s, "n": len(rows), "mean_before": mean([b for b, _ in rows]),
                        "mean_after": mean([a for _, a in rows])} for s, rows in sorted(subjects.items())],
        "comparison": compared, "baseline_gap_sd": gap,
    }


def keyed_percent(answers, items, minimum=0.9):
    """100 × answers differing from the Phillips key ÷ answered; None below the minimum share."""
    differ = answered = 0
    for number in items:
        answer = yes_no(answers.get(number, ""))
        if answer is None:
            continue
        answered += 1
        differ += answer != (number in PHILLIPS_YES)
    return 100 * differ / answered if answered and answered >= minimum * len(items) - 1e-9 else None


def phillips_level(score):
    return "норма" if score < 50 else "повышенная" if score < 75 else "высокая"


def anxiety(school):
    pre, _ = school.latest_responses("phillips", "pre")
    post, _ = school.latest_responses("phillips", "post")
    items = list(range(1, 59))

    def both(group, numbers):
        rows = []
        for person in sorted(group):
            if person in pre and person in post:
                b, a = keyed_percent(pre[person]["answers"], numbers), keyed_percent(post[person]["answers"], numbers)
                if b is not None and a is not None:
                    rows.append((person, b, a))
        return rows

    paired = both(school.mentees, items)
    before, after = [b for _, b, _ in paired], [a for _, _, a in paired]
    changes = [a - b for a, b in zip(after, before)]
    elevated_b = [phillips_level(b) != "норма" for b in before]
    elevated_a = [phillips_level(a) != "норма" for a in after]
    normalized = sum(b and not a for b, a in zip(elevated_b, elevated_a))
    worsened = sum(a and not b for b, a in zip(elevated_b, elevated_a))
    factors = []
    for fid, title, numbers in PHILLIPS_FACTORS:
        rows = both({p for p, _, _ in paired}, numbers)
        factors.append({"factor": title, "id": fid, "n": len(rows), "mean_before": mean([b for _, b, _ in rows]),
                        "mean_after": mean([a for _, _, a in rows])})
    others = set(pre) - school.mentees - school.mentors
    group = both(others, items)
    levels = ["норма", "повышенная", "высокая"]
    return {
        "instrument": "phillips", "score": "total", "direction": "lower-is-better", "mentees_paired": len(paired),
        "mean_before": mean(before), "mean_after": mean(after), "mean_change": mean(changes),
        "levels_before": {l: sum(phillips_level(b) == l for b in before) for l in levels},
        "levels_after": {l: sum(phillips_level(a) == l for a in after) for l in levels},
        "elevated_before": sum(elevated_b), "elevated_after": sum(elevated_a),
        "normalized": normalized, "worsened": worsened, "mcnemar": mcnemar(len(paired), normalized, worsened),
        "wilcoxon": wilcoxon(after, before), "ttest": ttest(after, before), "factors": factors,
        "comparison": comparison(changes, [b for _, b, _ in group], [a for _, _, a in group]),
    }


def rating(text, low=1, high=10):
    m = re.match(r"\s*(\d+(?:[.,]\d+)?)", text or "")
    if not m:
        return None
    number = float(m.group(1).replace(",", "."))
    return number if low <= number <= high else None


def satisfaction(school, iid, members, with_become_mentor):
    spec = SATISFACTION[iid]
    ratings = [item for item, _ in spec["ratings"]]
    post, anonymous = school.latest_responses(iid, "post")
    kept = [r for p, r in sorted(post.items()) if p in members] + anonymous

    def index(r):
        values = [rating(r["answers"].get(item)) for item in ratings if item in r["answers"]]
        answered = [v for v in values if v is not None]
        return mean(answered) if answered and len(answered) >= 0.5 * len(ratings) - 1e-9 else None

    indices = [(r, index(r)) for r in kept]
    valid = [(r, x) for r, x in indices if x is not None]

    def yes_share(item):
        answers = [yes_no(r["answers"].get(item)) for r in kept]
        answers = [a for a in answers if a is not None]
        return share(sum(answers), len(answers))

    items = []
    for item, text in spec["ratings"]:
        values = [rating(r["answers"].get(item)) for r in kept]
        values = [v for v in values if v is not None]
        counts = Counter(round_half_up(v) for v in values)
        items.append({"id": item, "text": text, "n": len(values), "mean": mean(values),
                      "counts": {str(k): counts.get(k, 0) for k in range(1, 11)}})
    pre, _ = school.latest_responses(iid, "pre")
    expectations = None
    if pre:
        expectations = []
        for item in ratings:
            rows = [(rating(pre[p]["answers"].get(item)), rating(post[p]["answers"].get(item)))
                    for p in sorted(set(pre) & set(post) & members)]
            rows = [(b, a) for b, a in rows if b is not None and a is not None]
            expectations.append({"id": item, "n_paired": len(rows), "mean_pre": mean([b for b, _ in rows]),
                                 "mean_post": mean([a for _, a in rows])})
    matched = sum(1 for r, _ in valid if r["person"] is not None)
    block = {"instrument": iid, "participants": len(members), "respondents": len(valid),
             "matched_respondents": matched, "response_rate": share(matched, len(members)),
             "index": mean([x for _, x in valid]), "satisfied_share": share(sum(x >= 8 for _, x in valid), len(valid)),
             "continue_share": yes_share("continue"), "items": items, "expectations": expectations}
    if with_become_mentor:
        block["become_mentor_share"] = yes_share("become_mentor")
    return block


def clubs(school):
    months = [m for _, _, m, _, _ in school.clubs if m]
    first, last = min(months), max(months)

    def number(text):
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None

    def enrolled(month):
        result = set()
        for person, club, m, attended, _ in school.clubs:
            if person in school.mentees and m == month and (not attended or (number(attended) or 0) > 0):
                result.add((person, club))
        return result

    def rate(month):
        rows = [(number(a), number(h)) for p, _, m, a, h in school.clubs
                if p in school.mentees and m == month and number(a) is not None and number(h) is not None]
        held = sum(h for _, h in rows)
        return sum(a for a, _ in rows) / held if held > 0 else None

    before, after = enrolled(first), enrolled(last)
    pb, pa = {p for p, _ in before}, {p for p, _ in after}
    n = len(school.mentees)
    names = sorted({c for _, c in before | after})
    return {
        "baseline_period": MONTH_NAMES[first - 1], "final_period": MONTH_NAMES[last - 1], "mentees": n,
        "enrolled_before": len(pb), "enrolled_after": len(pa),
        "enrolled_share_before": share(len(pb), n), "enrolled_share_after": share(len(pa), n),
        "newly_enrolled": len(pa - pb), "dropped": len(pb - pa), "mcnemar": mcnemar(n, len(pb - pa), len(pa - pb)),
        "memberships_before": len(before), "memberships_after": len(after),
        "attendance_rate_before": rate(first), "attendance_rate_after": rate(last),
        "by_club": [{"club": c, "mentees_before": sum(1 for _, x in before if x == c),
                     "mentees_after": sum(1 for _, x in after if x == c)} for c in names],
    }


def registry(school):
    def on(day):
        return {(identity, kind) for identity, _, kind, d_on, d_off in school.registry
                if d_on and d_on <= day and (d_off is None or d_off > day)}

    def persons(entries):
        return {identity for identity, _ in entries}

    start, end = on(START), on(END)
    added = {r[0] for r in school.registry if r[3] and START < r[3] <= END}
    removed = {r[0] for r in school.registry if r[4] and START < r[4] <= END}
    mentee = lambda identities: len({i for i in identities if i in school.mentees})
    types = sorted({kind for _, _, kind, _, _ in school.registry})
    return {
        "date_start": START.isoformat(), "date_end": END.isoformat(),
        "school_on_start": len(persons(start)), "school_on_end": len(persons(end)),
        "mentees_on_start": mentee(persons(start)), "mentees_on_end": mentee(persons(end)),
        "added_during": len(added), "removed_during": len(removed),
        "mentees_added_during": mentee(added), "mentees_removed_during": mentee(removed),
        "by_type": {k: {"on_start": len({i for i, t in start if t == k}), "on_end": len({i for i, t in end if t == k})}
                    for k in types},
        "previous_year_on_end": None,
    }


def meetings(school):
    pairs = {pid for pid, rows in school.pairs.items() if rows}
    by_pair = defaultdict(list)
    for pid, kind in school.meetings:
        by_pair[pid].append(kind)
    kinds = ["знакомство", "пробная", "планирование", "рабочая", "итоговая"]
    counts = Counter(kind for _, kind in school.meetings)
    full = sum(1 for pid, ks in by_pair.items() if pid in pairs and
               {"знакомство", "планирование", "рабочая", "итоговая"} <= set(ks))
    return {"pairs": len(pairs), "pairs_with_meetings": len(set(by_pair) & pairs),
            "meetings_total": len(school.meetings), "mean_per_pair": share(len(school.meetings), len(pairs)),
            "by_type": {k: counts.get(k, 0) for k in kinds}, "untyped": counts.get(None, 0),
            "full_cycle_pairs": full}


def main():
    school = School(SURVEYS)
    result = {
        "academic_year": "2025/2026", "programme_start": START.isoformat(), "programme_end": END.isoformat(),
        "coverage": coverage(school), "grades": grades(school), "anxiety": anxiety(school),
        "satisfaction": {
            "mentees": satisfaction(school, "satisfaction-mentee", school.mentees, True),
            "mentors": satisfaction(school, "satisfaction-mentor", school.mentors, False),
        },
        "clubs": clubs(school), "registry": registry(school), "meetings": meetings(school),
    }
    out = HERE / "expected_indicators.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(REPO)}", file=sys.stderr)


if __name__ == "__main__":
    main()
