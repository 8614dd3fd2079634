extension Warehouse {
  /// The aggregated marks of one person in one subject over one period.
  ///
  /// Stored in the `grade_cells` table, keyed by (`academic_year`, ``personID``, ``subject``,
  /// ``periodKind``, ``periodIndex``).
  public struct GradeCellRow: Sendable, Equatable, Hashable, Codable {
    /// The student's person id.
    public var personID: Int
    /// The subject's name.
    public var subject: String
    /// `"quarter"`, `"trimester"`, `"half"` or `"year"`.
    public var periodKind: String
    /// The period's number within its kind (1-based), 0 for the whole year.
    public var periodIndex: Int
    /// How many numeric marks were given.
    public var numericCount: Int
    /// The sum of the numeric marks.
    public var numericSum: Double
    /// How many numeric marks round (half up) to 1.
    public var n1: Int
    /// How many numeric marks round (half up) to 2.
    public var n2: Int
    /// How many numeric marks round (half up) to 3.
    public var n3: Int
    /// How many numeric marks round (half up) to 4.
    public var n4: Int
    /// How many numeric marks round (half up) to 5.
    public var n5: Int
    /// How many "not attested" marks were given.
    public var notAttested: Int
    /// How many "exempt" marks were given.
    public var exempt: Int
    /// How many "passed" marks were given.
    public var passed: Int
    /// How many "failed" marks were given.
    public var failed: Int

    /// Creates a grade cell; every count defaults to zero.
    public init(
      personID: Int,
      subject: String,
      periodKind: String,
      periodIndex: Int,
      numericCount: Int = 0,
      numericSum: Double = 0,
      n1: Int = 0,
      n2: Int = 0,
      n3: Int = 0,
      n4: Int = 0,
      n5: Int = 0,
      notAttested: Int = 0,
      exempt: Int = 0,
      passed: Int = 0,
      failed: Int = 0
    ) {
      self.personID = personID
      self.subject = subject
      self.periodKind = periodKind
      self.periodIndex = periodIndex
      self.numericCount = numericCount
      self.numericSum = numericSum
      self.n1 = n1
      self.n2 = n2
      self.n3 = n3
      self.n4 = n4
      self.n5 = n5
      self.notAttested = notAttested
      self.exempt = exempt
      self.passed = passed
      self.failed = failed
    }

    /// The column names, which are also the coding keys, in storage order.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case personID = "person_id"
      case subject
      case periodKind = "period_kind"
      case periodIndex = "period_index"
      case numericCount = "numeric_count"
      case numericSum = "numeric_sum"
      case n1
      case n2
      case n3
      case n4
      case n5
      case notAttested = "not_attested"
      case exempt
      case passed
      case failed
    }
  }
}
