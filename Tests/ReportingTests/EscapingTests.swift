import Testing

@testable import Reporting

/// HTML, XML and Markdown escaping of input-derived text.
@Suite struct EscapingTests {
  @Test func htmlEscapesMarkupAndQuotes() {
    #expect(Escaping.html("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
    #expect(Escaping.html("A & \"B\"") == "A &amp; &quot;B&quot;")
    #expect(Escaping.html("Русский язык") == "Русский язык")
  }

  @Test func xmlDropsForbiddenControlCharacters() {
    #expect(Escaping.xml("a\u{0001}b\u{000B}c\td") == "abc\td")
    #expect(Escaping.xml("<&>") == "&lt;&amp;&gt;")
  }

  @Test func markdownEscapesTableAndInlineSyntax() {
    #expect(Escaping.markdown("a|b") == "a\\|b")
    #expect(Escaping.markdown("<script>") == "\\<script\\>")
    #expect(Escaping.markdown("*жирный* _курсив_") == "\\*жирный\\* \\_курсив\\_")
    #expect(Escaping.markdown("[ссылка](http://x)") == "\\[ссылка\\](http://x)")
    #expect(Escaping.markdown("# заголовок") == "\\# заголовок")
    #expect(Escaping.markdown("`code`") == "\\`code\\`")
    #expect(Escaping.markdown("C:\\path") == "C:\\\\path")
    #expect(Escaping.markdown("AT&T ~~x~~") == "AT\\&T \\~\\~x\\~\\~")
  }

  @Test func markdownTurnsLineBreaksIntoSpaces() {
    #expect(Escaping.markdown("строка 1\nстрока 2\r\nстрока 3\rконец") == "строка 1 строка 2 строка 3 конец")
    #expect(!Escaping.markdown("a\n| b |\n").contains("\n"))
  }

  @Test func markdownCellCannotSplitARow() {
    let hostile = "x | y\n|---|\n<img src=x onerror=alert(1)>"
    let escaped = Escaping.markdown(hostile)
    // Every pipe and angle bracket is preceded by a backslash.
    let scalars = Array(escaped)
    for (i, ch) in scalars.enumerated() where ch == "|" || ch == "<" || ch == ">" {
      #expect(i > 0 && scalars[i - 1] == "\\")
    }
    #expect(!escaped.contains("\n"))
  }
}
