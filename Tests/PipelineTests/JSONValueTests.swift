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

  @Test func parsingGivesBackTheSameValueInTheSameOrder() throws {
    let value = JSONValue.object([
      ("b", .int(-12)), ("a", .string("«ё» \"q\" \\ \n\u{01} 😀")),
      ("c", .array([.double(0.1), .double(1e-300), .double(3.0), .null, .bool(true), .bool(false)])),
      ("e", .object([])), ("f", .array([])),
    ])
    let parsed = try JSONValue.parse(value.serialized())
    #expect(parsed.serialized() == value.serialized())
    #expect(parsed["b"].int == -12)
    #expect(parsed["c"].array[1].double == 1e-300)
    #expect(parsed["a"].string == "«ё» \"q\" \\ \n\u{01} 😀")
    #expect(try JSONValue.parse(#"{"s": "\ud83d\ude00\u0416"}"#)["s"].string == "😀Ж")
  }

  @Test func brokenJSONSaysWhere() {
    #expect(throws: JSONValue.ParseError(offset: 6, expected: "значение")) {
      try JSONValue.parse(#"{"a": "#)
    }
    #expect(throws: JSONValue.ParseError(offset: 8, expected: "«}»")) {
      try JSONValue.parse(#"{"a": 1 ]"#)
    }
  }
}
