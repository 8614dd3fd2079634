import Statistics

extension GradesIndicators {
  /// Computes the block from the grade cells of `data`.
  ///
  /// Decisions where the specification is silent:
  /// - `baseline_period` / `final_period` are the most common among paired mentees (ties: the
  ///   earlier period).
  /// - СОУ counts every mark of the paired mentees in each one's own baseline (final) period,
  ///   all subjects, not only the common ones; `sou_not_attested_*` is its n_н/а.
  /// - The comparison group needs ≥ 6 paired persons (else `insufficient_n`, or `no_data` when
  ///   none is paired); the Mann–Whitney test compares change(p) of mentees and of C.
  /// - `baseline_gap_sd` is given with the comparison group and uses the pooled SD of before(p)
  ///   of both groups; `no_variance` when that SD is 0.
  public static func compute(data: NormalizedData, populations: Populations, settings: IndicatorSettings)
    -> GradesIndicators
  {
    var cellsByPerson: [PersonID: [GradeCell]] = [:]
    for cell in data.grades { cellsByPerson[cell.person, default: []].append(cell) }
    func paired(_ group: Set<PersonID>) -> [(PersonID, GradeHistory, PairedGrades)] {
      group.sorted().compactMap { person in
        guard let cells = cellsByPerson[person] else { return nil }
        let history = GradeHistory(cells: cells)
        return history.paired(baseline: settings.gradesBaseline, final: settings.gradesFinal).map {
          (person, history, $0)
        }
      }
    }
    let mentees = paired(populations.mentees)
    let values = mentees.map(\.2)
    let t = settings.gradesThreshold
    let n = values.count
    let before = values.map(\.before)
    let after = values.map(\.after)
    let failingB = values.filter(\.failingBefore).count
    let failingA = values.filter(\.failingAfter).count
    let recovered = values.filter { $0.failingBefore && !$0.failingAfter }.count
    let fell = values.filter { !$0.failingBefore && $0.failingAfter }.count
    var sums: [String: (n: Int, before: Double, after: Double)] = [:]
    for value in values {
      for subject in value.subjects {
        let old = sums[subject.name] ?? (0, 0, 0)
        sums[subject.name] = (old.n + 1, old.before + subject.before, old.after + subject.after)
      }
    }
    let souB = sou(mentees.map { ($0.1, $0.2.baseline) })
    let souA = sou(mentees.map { ($0.1, $0.2.final) })
    let change = Numbers.mean(values.map(\.change))
    var block = GradesIndicators(
      threshold: t, baselinePeriod: Numbers.mode(values.map(\.baseline))?.label,
      finalPeriod: Numbers.mode(values.map(\.final))?.label, menteesPaired: n,
      meanBefore: Numbers.mean(before),
      meanAfter: Numbers.mean(after), meanChange: change,
      improved: values.filter { $0.change >= t - 1e-12 }.count,
      unchanged: values.filter { $0.change < t - 1e-12 && $0.change > -t + 1e-12 }.count,
      worsened: values.filter { $0.change <= -t + 1e-12 }.count,
      successRateBefore: Numbers.share(n - failingB, of: n),
      successRateAfter: Numbers.share(n - failingA, of: n),
      qualityRateBefore: Numbers.share(values.filter(\.qualityBefore).count, of: n),
      qualityRateAfter: Numbers.share(values.filter(\.qualityAfter).count, of: n), souBefore: souB.value,
      souAfter: souA.value, notAttestedBefore: souB.notAttested, notAttestedAfter: souA.notAttested,
      failingBefore: failingB, failingAfter: failingA,
      failingMcNemar: n == 0
        ? .unavailable(reason: "no_data") : IndicatorTests.mcnemar(n: n, b: recovered, c: fell),
      wilcoxon: n == 0
        ? .unavailable(reason: "no_data") : IndicatorTests.wilcoxon(after: after, before: before),
      ttest: n == 0 ? .unavailable(reason: "no_data") : IndicatorTests.ttest(after: after, before: before),
      bySubject: sums.keys.sorted().map { name in
        let sum = sums[name]!
        return SubjectRow(
          subject: name, n: sum.n, meanBefore: sum.before / Double(sum.n),
          meanAfter: sum.after / Double(sum.n))
      }, comparison: .failure(.noData), baselineGapSD: .failure(.noData))
    let group = paired(populations.comparison).map(\.2)
    let groupBefore = group.map(\.before)
    block.comparison = ComparisonGroup.compute(
      menteeChanges: values.map(\.change), groupBefore: groupBefore, groupAfter: group.map(\.after))
    if case .success = block.comparison {
      if let sd = try? Descriptive.pooledStandardDeviation(before, groupBefore), sd > 0 {
        block.baselineGapSD = .success((Numbers.mean(before)! - Numbers.mean(groupBefore)!) / sd)
      } else {
        block.baselineGapSD = .failure(.noVariance)
      }
    }
    if case .failure(let reason) = block.comparison { block.baselineGapSD = .failure(reason) }
    return block
  }

  /// СОУ = (100·n5 + 64·n4 + 36·n3 + 16·(n2 + n1) + 7·n_н/а) ÷ N over every mark of each
  /// person's period; nil when N = 0.
  static func sou(_ marks: [(GradeHistory, Period)]) -> (value: Double?, notAttested: Int) {
    var weighted = 0
    var total = 0
    var notAttested = 0
    for (history, period) in marks {
      for cell in (history.cells[period] ?? [:]).values {
        weighted +=
          100 * cell.n5 + 64 * cell.n4 + 36 * cell.n3 + 16 * (cell.n2 + cell.n1) + 7 * cell.notAttested
        total += cell.n1 + cell.n2 + cell.n3 + cell.n4 + cell.n5 + cell.notAttested
        notAttested += cell.notAttested
      }
    }
    return (total > 0 ? Double(weighted) / Double(total) : nil, notAttested)
  }
}
