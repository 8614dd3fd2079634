import TabularIO

/// The header spellings of every canonical field: one table, data not code (data contract §3).
///
/// Entries are written as curators see them; they are normalised with `HeaderNormalizer` when
/// the table is built, so «Ф.И.О.» and «ФИО» are one entry. A school adds spellings per file in
/// the pipeline configuration (`columns:`), which take precedence.
public struct FieldAliases: Sendable {
  /// Normalised header → field.
  public private(set) var fieldByHeader: [String: CanonicalField]

  /// The built-in table.
  public static let standard = FieldAliases(table: FieldAliases.defaultTable)

  /// Builds the lookup from `table` (field → spellings).
  public init(table: [(CanonicalField, [String])]) {
    var lookup: [String: CanonicalField] = [:]
    for (field, spellings) in table {
      for spelling in spellings {
        lookup[HeaderNormalizer.normalize(spelling)] = field
      }
    }
    fieldByHeader = lookup
  }

  /// The field a header cell stands for, if any.
  public func field(for header: String) -> CanonicalField? {
    fieldByHeader[HeaderNormalizer.normalize(header)]
  }

  /// Adds spellings (e.g. from the configuration), overriding the table.
  public mutating func add(_ spelling: String, for field: CanonicalField) {
    fieldByHeader[HeaderNormalizer.normalize(spelling)] = field
  }

  /// The spellings shipped with the tool.
  public static let defaultTable: [(CanonicalField, [String])] = [
    (
      .fullName,
      [
        "ФИО", "Ф.И.О.", "ФИО обучающегося", "ФИО ученика", "ФИО ученицы", "ФИО участника", "ФИО учащегося",
        "Обучающийся", "Обучающаяся", "Учащийся", "Ученик", "Ученица", "Участник", "Фамилия Имя",
        "Фамилия и имя",
        "Фамилия, имя", "Фамилия Имя Отчество", "Фамилия, имя, отчество", "Ваше ФИО", "Ваши фамилия и имя",
        "Твои фамилия и имя", "Фамилия и имя ученика", "Фамилия и имя обучающегося", "Имя и фамилия",
        "Ребёнок",
        "Full name", "Name",
      ]
    ),
    (.lastName, ["Фамилия", "Фамилия ученика", "Фамилия обучающегося", "Last name", "Surname"]),
    (.firstName, ["Имя", "Имя ученика", "Имя обучающегося", "First name"]),
    (.middleName, ["Отчество", "Отчество ученика", "Отчество обучающегося"]),
    (
      .schoolClass,
      [
        "Класс", "Кл.", "Кл", "Класс обучения", "Параллель и буква", "Ваш класс", "Твой класс",
        "В каком классе ты учишься?", "В каком классе вы учитесь?", "Класс ученика", "Класс обучающегося",
        "Class", "Grade",
      ]
    ),
    (
      .studentID,
      [
        "ID", "Код", "Идентификатор", "Номер личного дела", "№ л/д", "№ личного дела", "Личный код",
        "Персональный код", "Код ученика", "Код участника", "СНИЛС", "Student ID",
      ]
    ),
    (.birthDate, ["Дата рождения", "Д.р.", "Дата рожд.", "Birth date"]),
    (.sex, ["Пол", "Пол (м/ж)", "Sex", "Gender"]),
    (.rowNumber, ["№", "№ п/п", "N", "Номер", "п/п", "No"]),
    (.role, ["Роль", "Роль в программе", "Роль участника", "Кто вы", "Кто ты", "Статус участника", "Role"]),
    (.menteeCategory, ["Категория", "Категория наставляемого", "Тип наставляемого", "Category"]),
    (.specialNeeds, ["ОВЗ", "Обучающийся с ОВЗ", "Наличие ОВЗ"]),
    (.newcomer, ["Новичок", "Прибыл в этом году", "Вновь прибывший", "Новенький"]),
    (
      .pairID,
      [
        "№ пары", "Пара", "Группа", "№ группы", "Номер пары", "Номер группы", "Код пары", "№ пары/группы",
        "Pair", "Pair ID",
      ]
    ),
    (.mentor, ["Наставник", "ФИО наставника", "Наставник (ФИО)", "Mentor"]),
    (.mentee, ["Наставляемый", "ФИО наставляемого", "Наставляемый (ФИО)", "Наставляемая", "Mentee"]),
    (.mentorClass, ["Класс наставника"]),
    (.menteeClass, ["Класс наставляемого"]),
    (
      .model,
      [
        "Форма взаимодействия", "Модель", "Ролевая модель", "Вариант", "Модель взаимодействия",
        "Вариант взаимодействия", "Форма наставничества", "Model",
      ]
    ),
    (.startDate, ["Дата начала", "Дата формирования", "Дата создания пары", "Начало"]),
    (.endDate, ["Дата окончания", "Дата завершения", "Окончание"]),
    (.status, ["Статус", "Статус пары", "Status"]),
    (.subject, ["Предмет", "Учебный предмет", "Дисциплина", "Subject"]),
    (.period, ["Период", "Четверть", "Триместр", "Полугодие", "Учебный период", "Месяц", "Period"]),
    (.mark, ["Оценка", "Отметка", "Итоговая отметка", "Итоговая оценка", "Балл", "Mark"]),
    (.date, ["Дата", "Дата встречи", "Дата урока", "Дата проведения", "Date"]),
    (
      .timestamp,
      ["Отметка времени", "Timestamp", "Дата и время", "Время создания", "Время отправки", "Дата заполнения"]
    ),
    (.wave, ["Этап", "Анкетирование", "Вид анкетирования", "Этап анкетирования", "Срез", "Wave"]),
    (
      .club,
      [
        "Кружок", "Секция", "Объединение", "Кружок/секция", "Название объединения", "Кружок, секция",
        "Название кружка", "Объединение дополнительного образования", "Club",
      ]
    ),
    (
      .attended,
      ["Посещено", "Посещено занятий", "Присутствовал", "Посетил занятий", "Посещений", "Attended"]
    ),
    (.held, ["Всего занятий", "Проведено занятий", "Занятий проведено", "Held"]),
    (.registryType, ["Вид учёта", "Учёт", "Тип учёта", "Вид учета", "Категория учёта"]),
    (.dateOn, ["Дата постановки", "Поставлен", "Дата постановки на учёт", "Поставлен на учёт"]),
    (.dateOff, ["Дата снятия", "Снят", "Дата снятия с учёта", "Снят с учёта"]),
    (.reason, ["Причина", "Основание", "Причина постановки", "Комментарий", "Примечание"]),
    (.meetingType, ["Тип встречи", "Вид встречи", "Встреча", "Тема встречи", "Вид мероприятия"]),
    (.duration, ["Длительность", "Длительность, мин", "Продолжительность", "Длительность (мин)", "Минут"]),
    (.format, ["Формат", "Форма проведения", "Очно/онлайн"]),
  ]
}
