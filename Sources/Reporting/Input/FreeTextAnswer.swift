/// A free-text answer from a questionnaire (internal report only).
public struct FreeTextAnswer: Sendable, Equatable {
  /// «наставляемые» or «наставники».
  public var role: String
  /// The question as written in the form.
  public var question: String
  /// The answer as typed (escaped by the renderers).
  public var answer: String

  /// An answer.
  public init(role: String, question: String, answer: String) {
    self.role = role
    self.question = question
    self.answer = answer
  }
}
