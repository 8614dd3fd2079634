import Testing

@testable import MonitoringKit

@Suite("Vocabulary: roles, models, statuses")
struct VocabularyTests {
  @Test(
    "reads roles",
    arguments: [
      ("наставник", Role.mentor), ("Наставник", .mentor), ("ученик-наставник", .mentor), ("mentor", .mentor),
      ("Mentor", .mentor), ("наставник (ученик)", .mentor), ("наставница", .mentor),
      ("наставляемый", .mentee), ("наставляемая", .mentee), ("Наставляемый (ученик)", .mentee),
      ("наставляемые", .mentee), ("mentee", .mentee), ("НАСТАВЛЯЕМЫЙ", .mentee), ("нaставник", .mentor),
    ])
  func roles(input: String, expected: Role) {
    #expect(Role.parse(input) == expected)
  }

  @Test("rejects other roles", arguments: ["", "ученик", "куратор", "учитель"])
  func noRole(input: String) {
    #expect(Role.parse(input) == nil)
  }

  @Test("labels roles")
  func roleLabels() {
    #expect(Role.mentor.label == "наставник")
    #expect(Role.mentee.label == "наставляемый")
  }

  @Test(
    "reads interaction models",
    arguments: [
      ("успевающий – неуспевающий", InteractionModel.achieverToUnderachiever),
      ("Успевающий - неуспевающий", .achieverToUnderachiever),
      ("«Успевающий — неуспевающий»", .achieverToUnderachiever),
      ("\"успевающий-неуспевающий\"", .achieverToUnderachiever),
      ("успевающий ‑ неуспевающий", .achieverToUnderachiever),
      ("УСПЕВАЮЩИЙ  –  НЕУСПЕВАЮЩИЙ", .achieverToUnderachiever), ("лидер – пассивный", .leaderToPassive),
      ("Лидер-пассивный", .leaderToPassive), ("равный – равному", .peerToPeer),
      ("«Равный-равному»", .peerToPeer),
      ("адаптированный – неадаптированный", .adaptedToUnadapted),
      ("Адаптированный—неадаптированный", .adaptedToUnadapted),
      ("учитель – ученик", .other("учитель – ученик")), ("лидер", .other("лидер")),
    ])
  func models(input: String, expected: InteractionModel) {
    #expect(InteractionModel.parse(input) == expected)
  }

  @Test("labels models, other ones as «другое»")
  func modelLabels() {
    #expect(InteractionModel.peerToPeer.label == "равный – равному")
    #expect(InteractionModel.other("что-то").label == "другое")
    #expect(!InteractionModel.other("что-то").isStandard)
    #expect(InteractionModel.standard.allSatisfy { $0.isStandard })
    #expect(InteractionModel.parse("  ") == nil)
  }

  @Test(
    "reads pair statuses",
    arguments: [
      ("действует", PairStatus.active), ("Действующая", .active), ("активна", .active), ("активная", .active),
      ("в работе", .active), ("завершена", .completed), ("Завершил", .completed), ("завершил(а)", .completed),
      ("завершила", .completed), ("закончена", .completed), ("расформирована", .dissolved),
      ("Расформирована", .dissolved), ("распалась", .dissolved),
    ])
  func statuses(input: String, expected: PairStatus) {
    #expect(PairStatus.parse(input) == expected)
  }

  @Test("does not guess other statuses", arguments: ["", "не действует", "???", "новая"])
  func noStatus(input: String) {
    #expect(PairStatus.parse(input) == nil)
  }

  @Test(
    "reads registry types",
    arguments: [
      ("ВШУ", RegistryType.schoolInternal), ("ВШК", .schoolInternal), ("внутришкольный", .schoolInternal),
      ("Внутришкольный учёт", .schoolInternal), ("в.ш.у.", .schoolInternal), ("ПДН", .pdn), ("пдн", .pdn),
      ("ОПДН", .pdn), ("КДН", .kdn), ("КДНиЗП", .kdn), ("КДН и ЗП", .kdn), ("СОП", .sop),
      ("социально опасное положение", .sop), ("группа риска", .riskGroup), ("Группа риска", .riskGroup),
      ("гр. риска", .riskGroup), ("наркологический учёт", .other("наркологический учёт")),
    ])
  func registries(input: String, expected: RegistryType) {
    #expect(RegistryType.parse(input) == expected)
  }

  @Test("labels registries")
  func registryLabels() {
    #expect(RegistryType.known.map(\.label) == ["ВШУ", "ПДН", "КДН", "СОП", "группа риска"])
    #expect(RegistryType.other("учёт в ОДН").label == "учёт в ОДН")
    #expect(RegistryType.parse("—") == nil)
  }

  @Test(
    "reads meeting types by keyword",
    arguments: [
      ("Встреча-знакомство", MeetingType.introduction), ("знакомство", .introduction),
      ("Знакомство", .introduction),
      ("пробная встреча", .trial), ("Пробная", .trial), ("планирование", .planning),
      ("Встреча-планирование", .planning), ("рабочая встреча", .working), ("Рабочая", .working),
      ("тематическая встреча", .working), ("регулярная встреча", .working), ("занятие", .working),
      ("Итоговая встреча", .final), ("итоговое занятие", .final), ("ИТОГОВАЯ", .final),
    ])
  func meetings(input: String, expected: MeetingType) {
    #expect(MeetingType.parse(input) == expected)
  }

  @Test("finds no meeting type in other text", arguments: ["", "встреча", "консультация"])
  func noMeeting(input: String) {
    #expect(MeetingType.parse(input) == nil)
  }

  @Test("labels meetings")
  func meetingLabels() {
    #expect(
      MeetingType.allCases.map(\.label) == ["знакомство", "пробная", "планирование", "рабочая", "итоговая"])
  }

  @Test(
    "reads mentee categories",
    arguments: [
      ("пассивный", MenteeCategory.passive), ("Пассивная", .passive), ("неактивный", .passive),
      ("активный", .active), ("Активная", .active), ("трудный", .other("трудный")),
    ])
  func categories(input: String, expected: MenteeCategory) {
    #expect(MenteeCategory.parse(input) == expected)
    #expect(MenteeCategory.parse("") == nil)
  }

  @Test(
    "reads sex",
    arguments: [
      ("м", Sex.male), ("М", .male), ("муж", .male), ("муж.", .male), ("мужской", .male), ("M", .male),
      ("ж", .female), ("Ж", .female), ("жен", .female), ("жен.", .female), ("женский", .female),
      ("F", .female),
    ])
  func sex(input: String, expected: Sex) {
    #expect(Sex.parse(input) == expected)
  }

  @Test("rejects unknown sex", arguments: ["", "?", "мж", "1"])
  func noSex(input: String) {
    #expect(Sex.parse(input) == nil)
  }
}
