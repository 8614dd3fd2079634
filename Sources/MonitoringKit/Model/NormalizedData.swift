/// Everything the normalize stage made of one academic year's exports.
public struct NormalizedData: Sendable, Equatable {
  public var academicYear: AcademicYear
  public var files: [FileAccount] = []
  public var persons: [Person] = []
  public var matches: [MatchRecord] = []
  public var roles: [RoleRecord] = []
  public var pairs: [PairRecord] = []
  public var grades: [GradeCell] = []
  public var answers: [SurveyAnswer] = []
  public var clubs: [ClubRecord] = []
  public var registry: [RegistryRecord] = []
  public var meetings: [MeetingRecord] = []
  public var rejects: [Reject] = []

  public init(academicYear: AcademicYear) {
    self.academicYear = academicYear
  }
}
