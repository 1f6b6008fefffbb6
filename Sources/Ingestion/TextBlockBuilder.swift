import Foundation
import DocumentModel

/// Recognises the structure of plain text, line by line: Markdown `#` headings, underlined headings
/// (`===`, `---`), short numbered lines as headings (`2.1 Pathway clarity`), ALL-CAPS lines as headings,
/// bulleted and numbered list items, and paragraphs separated by blank lines.
final class TextBlockBuilder {
    private let part: String
    private let limits: IngestionLimits
    private let sink: BlockSink
    private var lines: [String] = []
    private var pendingKind: Block.Kind = .paragraph
    private var pendingMarker = ""
    private var pendingLevel = 0
    private var index = 0
    private var lineNumber = 0
    private var startLine = 0
    private var size = 0
    /// A title-like line waiting to see whether an underline (`===`, `---`) follows it.
    private var pendingTitle: String?

    init(part: String, limits: IngestionLimits, sink: @escaping BlockSink) {
        self.part = part
        self.limits = limits
        self.sink = sink
    }

    func add(line raw: String) throws {
        lineNumber += 1
        var line = raw
        if raw.utf8.contains(where: { $0 == 0xEF || $0 == 0x0C }) {
            line = raw.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: "\u{0C}", with: "")
        }
        if line.hasSuffix("\r") { line.removeLast() }
        if line.utf8.contains(93), line.contains("automatically generated") { line = Self.droppingAltText(line) }
        let trimmed = line.trimmingSpaces
        if let title = pendingTitle {
            pendingTitle = nil
            if let level = Self.underlineLevel(trimmed) { return try emit(.heading, text: title, level: level) }
            try emit(.heading, text: title, level: 1)
        }
        if trimmed.isEmpty { return try flush() }
        if let level = Self.underlineLevel(trimmed), lines.count == 1, pendingKind == .paragraph {
            let title = lines[0]
            lines = []
            return try emit(.heading, text: title, level: level)
        }
        if let (level, text) = Self.markdownHeading(trimmed) {
            try flush()
            return try emit(.heading, text: text, level: level)
        }
        if let marker = Self.bullet(trimmed) {
            try flush()
            return start(.listItem, marker: "•", level: Self.indent(line) / 2, text: String(trimmed.dropFirst(marker.count)))
        }
        if let (marker, text) = Self.numbered(trimmed) {
            try flush()
            if Self.looksLikeHeading(text), marker.first?.isNumber == true {
                let level = marker.split(separator: ".").count
                return try emit(.heading, text: text, level: min(level, 6), marker: marker)
            }
            return start(.listItem, marker: marker, level: Self.indent(line) / 2, text: text)
        }
        // A line break ends the paragraph after a sentence end or a short line: unwrapped text (one paragraph
        // per line, as Word's "Save as text" writes) and hard-wrapped text (lines of similar width) both read right.
        if let last = lines.last, last.utf8.count < 40 || (last.utf8.count < 160 && last.count < 40) || ".?!:;".contains(last.last ?? " ") { try flush() }
        if lines.isEmpty, Self.isAllCaps(trimmed) {
            return try emit(.heading, text: trimmed, level: 1)
        }
        if Self.looksLikeTitle(trimmed) {
            try flush()
            pendingTitle = trimmed
            return
        }
        if trimmed.utf8.count > limits.maxBlockBytes {
            throw IngestionError.limitExceeded(limit: "maxBlockBytes", part: part,
                                               detail: "line \(lineNumber) is longer than \(limits.maxBlockBytes) bytes")
        }
        if size + trimmed.utf8.count > limits.maxBlockBytes { try flush() }
        if lines.isEmpty { startLine = lineNumber }
        lines.append(trimmed)
        size += trimmed.utf8.count
    }

    func finish() throws {
        try flush()
        if let title = pendingTitle { pendingTitle = nil; try emit(.heading, text: title, level: 1) }
    }

    private func start(_ kind: Block.Kind, marker: String, level: Int, text: String) {
        pendingKind = kind
        pendingMarker = marker
        pendingLevel = level
        startLine = lineNumber
        lines = [text.trimmingSpaces]
        size = text.utf8.count
    }

    private func flush() throws {
        defer {
            lines = []
            pendingKind = .paragraph
            pendingMarker = ""
            pendingLevel = 0
            size = 0
        }
        guard !lines.isEmpty else { return }
        try emit(pendingKind, text: lines.joined(separator: " "), level: pendingLevel, marker: pendingMarker, line: startLine)
    }

    private func emit(_ kind: Block.Kind, text: String, level: Int, marker: String = "", line: Int? = nil) throws {
        guard !text.isEmpty else { return }
        index += 1
        try sink(Block(kind: kind, text: text, level: level, marker: marker,
                       location: SourceLocation(part: part, index: line ?? lineNumber)))
    }
}

private extension TextBlockBuilder {
    /// Word writes its generated image descriptions into text exports ("[A picture containing text Description
    /// automatically generated]"); they are not the document's words, so the bracketed run is dropped, from its `[`
    /// (an opening bracket not closed before the marker; else, when the bracket opened on an earlier line, the last
    /// sentence end or the line's start — that earlier line's part of the description stays) to its `]`.
    static func droppingAltText(_ line: String) -> String {
        var line = line
        while let marker = line.range(of: "Description automatically generated"),
              let close = line[marker.upperBound...].firstIndex(of: "]"),
              line[marker.upperBound..<close].allSatisfy({ $0.isLetter || $0 == " " }) {
            let before = line[..<marker.lowerBound]
            // With no open bracket on this line the description began on an earlier one: drop back to the last
            // sentence end, or to the line's start.
            let sentenceEnd = [". ", "? ", "! "].compactMap { before.range(of: $0, options: .backwards)?.upperBound }.max()
            let open = before.lastIndex(of: "[").flatMap { bracket in
                before[bracket...].contains("]") ? nil : bracket
            } ?? sentenceEnd ?? line.startIndex
            // One of the spaces around the description goes with it ("logo [A picture …] Learning" → "logo Learning").
            var end = line.index(after: close)
            if end < line.endIndex, line[end] == " ", open == line.startIndex || line[line.index(before: open)] == " " {
                end = line.index(after: end)
            }
            line.removeSubrange(open..<end)
        }
        return line
    }

    static func underlineLevel(_ line: String) -> Int? {
        guard line.count >= 3 else { return nil }
        if line.allSatisfy({ $0 == "=" }) { return 1 }
        if line.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    static func markdownHeading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        let text = line.dropFirst(hashes).trimmingSpaces
        return text.isEmpty ? nil : (hashes, text.trimmingCharacters(in: CharacterSet(charactersIn: "# ")))
    }

    static func bullet(_ line: String) -> String? {
        guard let first = line.utf8.first, first == 0x2D || first == 0x2A || first >= 0x80 else { return nil }
        for marker in ["- ", "* ", "• ", "· ", "▪ ", "○ ", "– "] where line.utf8.starts(with: marker.utf8) { return marker }
        return nil
    }

    /// `1.`, `2.3`, `4)`, `a)`, `(b)`, `iv.` followed by text.
    static func numbered(_ line: String) -> (String, String)? {
        var marker = ""
        var rest = Substring(line)
        if rest.first == "(" { marker.append("("); rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isNumber || $0 == "." }
        if !digits.isEmpty, digits.first!.isNumber, digits.count <= 8 {
            marker += digits
            rest = rest.dropFirst(digits.count)
            if rest.first == ")" { marker.append(")"); rest = rest.dropFirst() }
        } else if let letter = rest.first, letter.isLetter, letter.isLowercase, rest.dropFirst().first == ")" {
            marker += "\(letter))"
            rest = rest.dropFirst(2)
        } else {
            return nil
        }
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let text = rest.trimmingSpaces
        if let value = Int(marker), value > 50 || !looksLikeHeading(text) { return nil }
        return text.isEmpty ? nil : (marker, text)
    }

    static func looksLikeHeading(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count <= 10, let last = text.last else { return false }
        return !".,;:?!".contains(last) && text.first?.isUppercase == true
    }

    /// A short stand-alone line without closing punctuation: "Critical learning points", "Introduction".
    static func looksLikeTitle(_ line: String) -> Bool {
        guard line.utf8.count <= 240, line.first?.isUppercase == true else { return false }
        let words = line.split(separator: " ")
        guard (1...6).contains(words.count), line.count <= 60, let first = line.first, first.isUppercase,
              let last = line.last, !".,;:?!)\"”".contains(last) else { return false }
        return line.contains { $0.isLetter } && !line.contains("  ")
    }

    static func isAllCaps(_ line: String) -> Bool {
        if line.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return false }
        let letters = line.filter(\.isLetter)
        return letters.count >= 4 && letters.allSatisfy(\.isUppercase) && line.split(separator: " ").count <= 12
    }

    static func indent(_ line: String) -> Int { line.prefix { $0 == " " || $0 == "\t" }.count }
}

