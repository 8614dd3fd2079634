/// Carries a value to another thread when the caller guarantees it is not used concurrently
/// (the reader hands its parser to the parsing thread and does not touch it until joined).
struct UncheckedTransfer<Value>: @unchecked Sendable {
  let value: Value

  init(_ value: Value) {
    self.value = value
  }
}
