extension Finding {
  /// A problem as `check --json` prints it.
  public func json(catalog: Catalog) -> JSONValue {
    .object([
      ("code", .string(code)),
      ("severity", .string(severity.rawValue)),
      ("line", .optional(location?.line)),
      ("column", .optional(location?.column)),
      ("byte", .optional(location?.byte)),
      ("message", .string(catalog.text(message))),
      ("fix", .string(catalog.fix(message))),
    ])
  }
}
