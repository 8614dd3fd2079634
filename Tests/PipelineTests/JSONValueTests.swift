import MonitoringKit
import Testing

@Suite struct JSONValueTests {
  @Test func keysKeepTheirOrderAndTextIsEscaped() {
    let value = JSONValue.object([
      ("b", .int(1)), ("a", .string("«кавычки» \"q\" \\ \n\u{01}")),
      ("c", .array([.double(0.1), .null, .bool(true)])),
      ("d", .double(.nan)), ("e", .object([])),
    ])
    #expect(
      value.serialized() == """
        {
          "b": 1,
          "a": "«кавычки» \\"q\\" \\\\ \\n\\u0001",
          "c": [
            0.1,
            null,
            true
          ],
          "d": null,
          "e": {}
        }

        """)
  }
}
