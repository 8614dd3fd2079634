/// A column the pipeline understands, whatever the export calls it (data contract §3).
public enum CanonicalField: String, Sendable, CaseIterable, Codable, Hashable {
  // People, everywhere.
  case fullName = "full_name"
  case lastName = "last_name"
  case firstName = "first_name"
  case middleName = "middle_name"
  case schoolClass = "class"
  case studentID = "student_id"
  case birthDate = "birth_date"
  case sex
  case rowNumber = "row_number"
  // participants
  case role
  case menteeCategory = "mentee_category"
  case specialNeeds = "special_needs"
  case newcomer
  // pairs
  case pairID = "pair_id"
  case mentor
  case mentee
  case mentorClass = "mentor_class"
  case menteeClass = "mentee_class"
  case model
  case startDate = "start_date"
  case endDate = "end_date"
  case status
  // grades
  case subject
  case period
  case mark
  case date
  // surveys
  case timestamp
  case wave
  // clubs
  case club
  case attended
  case held
  // registry
  case registryType = "registry_type"
  case dateOn = "date_on"
  case dateOff = "date_off"
  case reason
  // meetings
  case meetingType = "meeting_type"
  case duration = "duration_min"
  case format

  /// Fields that identify a person in a row.
  public static let personFields: Set<CanonicalField> = [
    .fullName, .lastName, .firstName, .middleName, .studentID,
  ]
}
