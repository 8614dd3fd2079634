extension ReportWords {
  /// The English table (`--lang en`): the same entries as ``russian``, in plain English for a principal.
  ///
  /// Numbers keep the report's typography (decimal comma, «p = 0,012»), as the renderers format them.
  public static let english = ReportWords(
    languageCode: "en",
    title: "Monitoring of the “Student to Student” mentoring programme",
    programmeDates: { "Programme dates: \($0) – \($1)" },
    generatedOn: { "Report generated on \($0)" },
    publicEdition: "Public edition: no names; groups of fewer than 5 people are not shown.",
    internalEdition:
      "Internal edition for the principal and the programme coordinator: contains names, do not publish it.",
    contents: "Contents",
    lessThanFive: "fewer than 5",
    hiddenSmallGroup: "hidden (fewer than 5 people)",
    notComputable: "no data",
    noData: "no data",
    before: "Before", after: "After", change: "Change", indicator: "Indicator", value: "Value",
    total: "Total", n: "N", yes: "yes", no: "no",
    chartTableSummary: "Chart figures",
    sectionTitles: [
      "summary": "At a glance", "participants": "Participants and pairs", "grades": "Grades",
      "anxiety": "Anxiety", "satisfaction": "Satisfaction", "clubs": "Clubs and sports sections",
      "registry": "Prevention register", "quality": "Data quality", "method": "Methodology",
      "appendix": "Appendix: pair cards",
    ],
    sectionEmpty: [
      "participants": "No pairs file or participant list — coverage cannot be calculated.",
      "grades": "No mentee grades for two periods — grades cannot be compared.",
      "anxiety": "No anxiety test taken by the mentees both before and after the programme.",
      "satisfaction": "No questionnaires answer at least half of the items, so no satisfaction index.",
      "clubs": "No data on attendance at clubs and sports sections for two periods.",
      "registry": "No prevention register lists.",
      "appendix": "No mentoring pairs.",
    ],
    tileCoverage: "Coverage", tileGrades: "Grades", tileAnxiety: "Anxiety",
    tileSatisfaction: "Satisfaction", tileClubs: "Clubs and sports sections",
    tileRegistry: "Prevention register",
    measureCoverage: "participants among students aged 10–19",
    measureGrades: "mentees’ mean mark",
    measureAnxiety: "mentees with elevated anxiety",
    measureSatisfaction: "mentees’ satisfaction index (out of 10)",
    measureClubs: "mentees attending clubs",
    measureRegistry: "mentees on the register",
    trendWords: [.better: "better", .same: "no change", .worse: "worse", .none: ""],
    coverageVerdict: { count, share in
      """
      \(count) students take part in the programme — \(share) of students aged 10–19; \
      the federal benchmark is 70 %.
      """
    },
    summaryCounts: { better, same, worse, na in
      var text = "Of the five main indicators, \(better) improved, \(same) did not change, \(worse) got worse"
      if na > 0 { text += ", \(na) have no data" }
      return Sentence(parts: [.text(text + ".")])
    },
    summaryPairs: { pairs, mentors, mentees, meetings in
      """
      In total \(pairs) pairs worked: \(mentors) mentors and \(mentees) mentees; \
      \(meetings) meetings were held.
      """
    },
    summaryQuality: { used, read, rejected in
      """
      Of \(read) rows in the source files, \(used) were used and \(rejected) rejected — \
      the reasons and how to fix them are in the “Data quality” section.
      """
    },
    verdictGradesNA:
      "Not enough grade data to compare the mentees’ grades before and after the programme.",
    verdictGrades: { trend, count, n, before, after, p in
      let clause = ReportWords.englishTestClause(p)
      switch trend {
      case .better:
        return "Grades improved for \(count) of \(n) mentees; mean mark \(before) → \(after) \(clause)."
      case .worse:
        return "Grades declined for \(count) of \(n) mentees; mean mark \(before) → \(after) \(clause)."
      default:
        return "The mentees’ grades barely changed (\(n) people); mean mark \(before) → \(after) \(clause)."
      }
    },
    verdictAnxietyNA: "Not enough anxiety test data to compare the results before and after the programme.",
    verdictAnxiety: { trend, elevatedBefore, n, elevatedAfter, before, after, p in
      let opening =
        trend == .better
        ? "Anxiety decreased" : trend == .worse ? "Anxiety increased" : "Anxiety barely changed"
      return """
        \(opening): elevated anxiety in \(elevatedBefore) of \(n) mentees before the programme \
        and in \(elevatedAfter) after; mean score \(before) → \(after) \(ReportWords.englishTestClause(p)).
        """
    },
    verdictSatisfactionNA: "No satisfaction index: no questionnaire answers at least half of the items.",
    verdictSatisfaction: { mentees, level, index, respondents, continueShare in
      let who = mentees ? "Mentees’" : "Mentors’"
      var sentence: Sentence =
        "\(who) satisfaction is \(level): index \(index) out of 10 (questionnaires: \(respondents))"
      if let continueShare { sentence = sentence + "; \(continueShare) want to continue taking part" }
      return sentence + "."
    },
    verdictClubsNA: "No data on attendance at clubs and sports sections for two periods.",
    verdictClubs: { after, mentees, last, before, first, p in
      """
      \(after) of \(mentees) mentees attend clubs and sports sections (\(last)), \
      at the start — \(before) (\(first)) \(ReportWords.englishTestClause(p)).
      """
    },
    verdictRegistryNA: "No data on the prevention register.",
    verdictRegistry: { end, start in
      "Mentees on the prevention register: \(end) at the end of the programme, \(start) at the start."
    },
    testClause: { ReportWords.englishTestClause($0) },
    indexLevels: ("high", "medium", "low"),
    participantsTable: "Programme participants",
    studentsTotal: "Students in the school", students1019: "Of whom aged 10–19",
    ageProxyNote: "No dates of birth: the 10–19 age group is estimated from school years 5–11.",
    mentors: "Mentors", mentees: "Mentees", participants: "Participants (each counted once)",
    pairs: "Pairs", groups: "Groups (a mentor and ≥ 2 mentees)",
    involvedShare: "Share of participants among 10–19-year-olds",
    menteeShare: "Share of mentees among 10–19-year-olds",
    coverageTarget: { share in
      "Coverage is \(share); the federal target-model benchmark is 70 % of students aged 10–19."
    },
    pairsByModel: "Pairs by form of interaction", pairsByStatus: "Pairs by status",
    menteesByCategory: "Mentees by category", menteesByClass: "Mentees by class",
    model: "Form of interaction", status: "Status", category: "Category", schoolClass: "Class",
    meetingsTitle: "Meetings of mentors and mentees",
    meetingsTotal: "Meetings in total", meetingsPerPair: "Average per pair",
    pairsWithMeetings: "Pairs with meetings", fullCyclePairs: "Pairs with a full cycle of meetings",
    meetingsByType: "Meetings by type", meetingType: "Meeting type", meetingsCount: "Meetings",
    untypedMeetings: "type not given",
    gradesTable: { "Mentees’ grades: \($0) → \($1)" },
    meanMark: "Mean mark", successRate: "Pass rate (no “2” or “n/a”)",
    qualityRate: "Quality of knowledge (only “4” and “5”)", sou: "Degree of learning (SOU), %",
    failing: "Failing",
    notAttestedNote: { before, after in
      "The SOU counts “n/a” (not assessed) marks: \(before) before and \(after) after."
    },
    gradesMovement: { improved, unchanged, worsened, threshold in
      """
      The mean mark rose for \(improved), barely changed for \(unchanged) and fell for \(worsened) mentees \
      (change threshold: \(threshold) points).
      """
    },
    wilcoxonSentence: { p, effect in
      """
      Wilcoxon signed-rank test for paired samples: \(p); \
      effect size (rank-biserial correlation) \(effect).
      """
    },
    ttestSentence: { t, df, p, low, high, dz in
      """
      Paired-samples t-test: t = \(t), df = \(.plain(df)), \(p); \
      95 % confidence interval of the change from \(low) to \(high); d = \(dz).
      """
    },
    mcnemarFailing: { recovered, fell, p in
      "\(recovered) stopped failing, \(fell) started failing; exact McNemar test: \(p)."
    },
    smallSampleNote: "Sample of fewer than 20 people: conclusions about significance are preliminary.",
    insufficientTests: "Fewer than 6 people with data before and after: significance cannot be tested.",
    histogramTitle: "How each mentee’s mean mark changed",
    histogramDescription: { "Histogram of the change in mean mark (after minus before) for \($0) mentees." },
    histogramX: "Change in mean mark", histogramY: "Mentees",
    histogramNames: ("Decrease", "No change", "Increase"),
    bySubjectTable: "Mentees’ mean mark by subject", bySubjectChart: "Mean mark by subject",
    bySubjectDescription: "Mentees’ mean mark in each subject before and after the programme.",
    subject: "Subject",
    byClassChart: "Mentees’ mean mark by class",
    byClassDescription: "Mean mark of the mentees in each class before and after the programme.",
    comparisonTitle: "Comparison with classmates",
    comparisonTable: "Mentees and their classmates who did not take part in the programme",
    menteesGroup: "Mentees", comparisonGroup: "Classmates outside the programme",
    didSentence: { did, p in
      "Difference in changes (mentees minus classmates): \(did) points; Mann–Whitney test: \(p)."
    },
    comparisonMissing:
      "No comparison with classmates: fewer than 6 classmates have grades for both periods.",
    regressionNote: { gap in
      """
      Caution: at the start the mentees were doing noticeably worse than their classmates \
      (a gap of \(gap) standard deviations). Part of the improvement may be regression to the mean \
      rather than an effect of the programme.
      """
    },
    anxietyInstrument: { "Instrument: \($0)." },
    levelsChart: "Mentees’ anxiety levels before and after the programme",
    levelsDescription:
      "Shares of mentees with normal, elevated and high anxiety before and after the programme.",
    level: "Level", elevated: "Elevated and high",
    transitions: { normalized, worsened, p in
      """
      Anxiety returned to normal for \(normalized) and became elevated for \(worsened); \
      exact McNemar test: \(p).
      """
    },
    scoresTable: "Mean anxiety test score", meanScore: "Mean score",
    factorsTable: "Anxiety factors (mean percentage of answers matching the key)", factor: "Factor",
    roleMentees: "Mentees", roleMentors: "Mentors",
    satisfactionTable: { "Satisfaction: \($0)" },
    satisfactionIndex: "Satisfaction index (out of 10)", indexLevel: "Level",
    respondents: "Questionnaires", responseRate: "Participants who responded",
    satisfiedShare: "Satisfied (index ≥ 8)",
    continueShare: "Want to continue", becomeMentorShare: "Want to become a mentor",
    itemsChart: { "Answers to the questionnaire: \($0)" },
    itemsDescription:
      "Distribution of ratings from 1 to 10 for each questionnaire item, and the mean rating.",
    itemMeansChart: { "Mean rating by questionnaire item: \($0)" },
    itemMeansDescription: "Mean rating for each questionnaire item (out of 10).",
    meanOfTen: "Mean rating",
    expectationsTable: { "Expectations and results: \($0)" },
    item: "Question", expectedBefore: "Expectation (before)", gotAfter: "Rating (after)",
    freeTextTitle: "From the free-text answers",
    clubsTable: { "Clubs and sports sections: \($0) → \($1)" },
    enrolled: "Attend clubs", newlyEnrolled: "Joined during the year", dropped: "Stopped attending",
    memberships: "Club enrolments", attendanceRate: "Attendance at sessions",
    mcnemarClubs: { "Exact McNemar test for club enrolment: \($0)." },
    byClubTable: "Mentees by club", club: "Club",
    registryTable: "Prevention register",
    onStart: { "At the start (\($0))" }, onEnd: { "At the end (\($0))" },
    schoolWide: "Whole school", amongMentees: "Of whom mentees",
    addedDuring: "Added to the register during the period",
    removedDuring: "Removed from the register during the period",
    byTypeTable: "By type of register", registryType: "Type of register",
    previousYear: { "At the end of the previous school year, \($0) were on the register." },
    previousYearUnknown: "No data for the previous school year.",
    flowTable: "Files and rows", file: "File", dataset: "Data", encoding: "Encoding",
    delimiter: "Delimiter", rowsRead: "Read", rowsUsed: "Used", rowsRejected: "Rejected",
    allFiles: "All files",
    datasetNames: [
      "students": "student list", "participants": "participants", "pairs": "pairs",
      "grades": "grades", "survey": "questionnaire", "clubs": "clubs", "registry": "prevention register",
      "meetings": "meetings",
    ],
    notRecognized: "not recognized",
    rejectsTable: "Why rows were rejected and how to fix them", reason: "Reason", howToFix: "How to fix",
    noRejects: "No rows were rejected.",
    flowSentence: { files, read, used, rejected in
      """
      Files read: \(files), rows: \(read); \(used) used, \(rejected) rejected. \
      Every rejected row, with its reason, is in the file rejects.csv.
      """
    },
    unmatchedTitle: "Not found in the student list",
    ambiguousTitle: "Several matching people in the list — not matched",
    fuzzyTitle: "Matched without an exact match — please check",
    personIssue: { issue in
      "\(.text(issue.name)) — \(.text(issue.file)), line \(.plain(issue.line)): \(.text(issue.detail))"
    },
    moreNotShown: {
      "…and \($0) more (the full list is in rejects.csv and in the output of nastavnik check)"
    },
    unclaimedColumns: { file, columns in
      """
      In the file “\(file)” these columns belong to no instrument: \
      \(columns.map { "“\($0)”" }.joined(separator: ", ")).
      """
    },
    peopleCounts: { unmatched, ambiguous, fuzzy, duplicates in
      """
      Not found in the list: \(unmatched); ambiguous: \(ambiguous); matched approximately: \(fuzzy); \
      repeated questionnaires replaced by later ones: \(duplicates).
      """
    },
    methodology: [
      """
      Mentees and mentors are the people in the pairs file and the participant list; classmates outside \
      the programme are students of the same classes who do not take part in the programme.
      """,
      """
      A mentee’s mean mark is the average over the subjects graded in both the initial and the final period; \
      the change is “after” minus “before”.
      """,
      """
      Pass rate is the share of mentees with no “2”, “n/a” (not assessed) or “fail”; quality of knowledge \
      is the share of those with only “4” and “5” in all subjects.
      """,
      """
      Degree of learning (SOU) = (100·“5” + 64·“4” + 36·“3” + 16·(“2” + “1”) + 7·“n/a”) ÷ number of marks.
      """,
      """
      The significance of a change is tested with the Wilcoxon signed-rank test for paired samples and \
      the t-test; “before/after” shares with the exact McNemar test; the comparison with classmates \
      with the Mann–Whitney test. A difference is significant when p < 0,05.
      """,
      """
      Difference in changes (difference-in-differences) is the change among mentees minus the change \
      among classmates outside the programme.
      """,
      """
      Tests are not run when fewer than 6 people have data before and after; with 6–19 people \
      the conclusion is marked as preliminary.
      """,
      """
      The satisfaction index is the mean of the personal indices (the mean of a person’s answers on \
      the 1–10 scale, if they answered at least half of the questions); “high” from 8, “medium” from 6.
      """,
      """
      Shares are given to one decimal place, with the number of people in brackets; in the public edition \
      numbers from 1 to 4 are replaced by “fewer than 5”, and shares and means for groups of fewer than \
      5 people are not shown.
      """,
    ],
    instrumentLine: { "“\($0.title)” (\($0.id)): \($0.items) questions; \($0.scoring)" },
    thresholdLine: { "\($0): \($1)" },
    appendixIntro: """
      One card per pair: the mentor, the mentees, the form of interaction, the meetings \
      and each mentee’s results.
      """,
    appendixPublic: "Pair cards contain names and are not included in the public edition.",
    pairCardTitle: { "Pair \($0)" },
    mentor: "Mentor", mentee: "Mentee", meetingsLabel: "Meetings", fullCycle: "full cycle of meetings",
    gradeColumn: "Mean mark: before → after", anxietyColumn: "Anxiety: before → after"
  )

  /// “(the difference is statistically significant, p = 0,012)”.
  static func englishTestClause(_ p: Double?) -> String {
    guard let p else { return "(the sample is too small to test significance)" }
    return p < 0.05
      ? "(the difference is statistically significant, \(RussianFormat.pValue(p)))"
      : "(the difference is not statistically significant, \(RussianFormat.pValue(p)))"
  }
}
