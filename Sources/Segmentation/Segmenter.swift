import DocumentModel

/// The segmentation stage: blocks in reading order → passages with their heading path.
///
/// Reads: `Block`s one at a time. Creates: `Passage`s (headings become section context, not passages;
/// whitespace is collapsed; a block longer than `maxCharacters` is cut at sentence ends). Notes and comments
/// take the section of the paragraph that referenced them.
public struct Segmenter: Sendable {
    public var maxCharacters: Int
    private var section: [(level: Int, title: String)] = []
    private var noteSections: [String: [String]] = [:]
    private var count = 0

    public init(maxCharacters: Int = 2000) {
        self.maxCharacters = maxCharacters
    }

    /// The passages this block yields (none for a heading or an empty block).
    public mutating func add(_ block: Block) -> [Passage] {
        let text = Self.normalise(block.text)
        guard !text.isEmpty else { return [] }
        if block.kind == .heading {
            section.removeAll { $0.level >= block.level }
            section.append((block.level, block.marker.isEmpty ? text : "\(block.marker) \(text)"))
            return []
        }
        let path = block.noteID.flatMap { noteSections.removeValue(forKey: $0) } ?? section.map(\.title)
        for ref in block.noteRefs { noteSections[ref] = section.map(\.title) }
        return Self.split(text, max: maxCharacters).map { piece in
            count += 1
            return Passage(id: Self.id(count), kind: block.kind, section: path, text: piece, location: block.location)
        }
    }

    /// The passages this block yields, with identifiers redacted: a heading is redacted in `block` itself
    /// (it becomes later passages' section path and may be quoted as the document's first heading), a passage
    /// before anyone reads it. With no redactor, `add(_:)`.
    public mutating func add(_ block: inout Block, redactor: Redactor?) -> [Passage] {
        guard let redactor else { return add(block) }
        // After whitespace is tidied: "Jane\tWilliams" is the name "Jane Williams" once the section path is built.
        if block.kind == .heading { block.text = redactor.redact(Self.normalise(block.text)) }
        return add(block).map { passage in
            var passage = passage
            passage.text = redactor.redact(passage.text)
            return passage
        }
    }

    static func id(_ n: Int) -> String {
        let digits = String(n)
        return "p" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Collapses whitespace runs (tabs, line breaks) to single spaces and trims.
    static func normalise(_ text: String) -> String {
        // Fast path: ASCII text whose only whitespace is single inner spaces is already normal.
        var previousSpace = true
        var clean = true
        for byte in text.utf8 {
            if byte >= 0x80 || byte == 9 || byte == 10 || byte == 13 || byte == 11 || byte == 12 || (byte == 32 && previousSpace) {
                clean = false
                break
            }
            previousSpace = byte == 32
        }
        if clean && !previousSpace { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Cuts `text` into pieces of at most `max` characters, preferring sentence ends, then spaces.
    static func split(_ text: String, max: Int) -> [String] {
        guard text.count > max else { return [text] }
        var pieces: [String] = []
        var rest = Substring(text)
        while rest.count > max {
            let window = rest.prefix(max)
            let cut = lastSentenceEnd(in: window) ?? window.lastIndex(of: " ").map { rest.index(after: $0) } ?? window.endIndex
            pieces.append(rest[..<cut].trimmingSpaces)
            rest = rest[cut...].drop { $0 == " " }
        }
        if !rest.isEmpty { pieces.append(String(rest)) }
        return pieces.filter { !$0.isEmpty }
    }

    private static func lastSentenceEnd(in window: Substring) -> Substring.Index? {
        var index = window.endIndex
        while index > window.startIndex {
            let previous = window.index(before: index)
            if index < window.endIndex, window[index] == " ", ".?!".contains(window[previous]),
               window.distance(from: window.startIndex, to: index) > window.count / 3 {
                return window.index(after: index)
            }
            index = previous
        }
        return nil
    }
}

import Foundation
