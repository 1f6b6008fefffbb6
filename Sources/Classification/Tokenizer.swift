/// A word of a passage: its span (Unicode scalar offsets, end exclusive), the same span in UTF-8 bytes, its
/// lower-cased form and its sentence.
struct Token {
    var start: Int
    var end: Int
    var byteStart: Int
    var byteEnd: Int
    var word: String
    var sentence: Int
}

/// Splits text into word tokens and sentences. Contractions become words (`wasn't` → `was` `not`), a possessive
/// `'s` is dropped, hyphens and other punctuation separate words, and `.`, `!`, `?`, `;` end a sentence (clause)
/// unless the `.` follows a known abbreviation. Works on the UTF-8 bytes, decoding scalars only where they are
/// not ASCII.
struct Tokenizer {
    private static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "e", "g", "i", "eg", "ie", "etc", "no",
                                                     "st", "vs", "approx", "ref", "para", "cf", "prof", "nb"]
    /// The last tokenized text's UTF-8 bytes.
    private var bytes: [UInt8] = []
    /// The current word's lower-cased UTF-8 bytes.
    private var word: [UInt8] = []

    /// A scalar of `bytes` and where it sits: scalar offset, byte offset and byte length.
    private struct Position {
        var scalar: Unicode.Scalar
        var offset: Int
        var byte: Int
        var length: Int
    }

    /// Replaces `tokens` with the tokens of `text`.
    mutating func tokenize(_ text: String, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: text.utf8)
        word.removeAll(keepingCapacity: true)
        var sentence = 0
        var wordStart = (offset: 0, byte: 0)
        var here = position(at: 0, offset: 0)
        var scalarCount = 0
        while let current = here {
            let scalar = current.scalar
            scalarCount = current.offset + 1
            let next = position(at: current.byte + current.length, offset: current.offset + 1)
            if Self.isWordScalar(scalar) {
                if word.isEmpty { wordStart = (current.offset, current.byte) }
                Self.appendLowercased(scalar, to: &word)
                here = next
                continue
            }
            if Self.isApostrophe(scalar), !word.isEmpty, let following = next, Self.isWordScalar(following.scalar) {
                let after = position(at: following.byte + following.length, offset: following.offset + 1)
                let endsWord = after.map { !Self.isWordScalar($0.scalar) } ?? true
                if (following.scalar == "t" || following.scalar == "T"), endsWord, word.last == UInt8(ascii: "n") {
                    word.removeLast()
                    flush(&tokens, start: wordStart, end: (current.offset - 1, current.byte - 1), sentence: sentence)
                    tokens.append(Token(start: current.offset - 1, end: current.offset + 2, byteStart: current.byte - 1,
                                        byteEnd: following.byte + 1, word: "not", sentence: sentence))
                    here = after
                    continue
                }
                if (following.scalar == "s" || following.scalar == "S"), endsWord {
                    flush(&tokens, start: wordStart, end: (current.offset, current.byte), sentence: sentence)
                    here = after
                    continue
                }
                here = next
                continue
            }
            flush(&tokens, start: wordStart, end: (current.offset, current.byte), sentence: sentence)
            if Self.endsSentence(scalar), let last = tokens.last, last.sentence == sentence,
               next.map({ $0.scalar.properties.isWhitespace || $0.scalar == "\"" || $0.scalar == "\u{201D}" }) ?? true {
                if scalar != "." || last.end != current.offset || !Self.abbreviations.contains(last.word) { sentence += 1 }
            }
            here = next
        }
        flush(&tokens, start: wordStart, end: (scalarCount, bytes.count), sentence: sentence)
    }

    /// The last tokenized text's bytes in `start..<end` (byte offsets) as a string.
    func text(bytes start: Int, _ end: Int) -> String {
        String(decoding: bytes[max(0, start)..<min(end, bytes.count)], as: UTF8.self)
    }

    private mutating func flush(_ tokens: inout [Token], start: (offset: Int, byte: Int), end: (offset: Int, byte: Int), sentence: Int) {
        guard !word.isEmpty else { return }
        tokens.append(Token(start: start.offset, end: end.offset, byteStart: start.byte, byteEnd: end.byte,
                            word: String(decoding: word, as: UTF8.self), sentence: sentence))
        word.removeAll(keepingCapacity: true)
    }

    /// The scalar starting at byte `i` (the text is valid UTF-8: it came from a `String`), or nil at the end.
    private func position(at i: Int, offset: Int) -> Position? {
        guard i < bytes.count else { return nil }
        let lead = bytes[i]
        if lead < 0x80 { return Position(scalar: Unicode.Scalar(lead), offset: offset, byte: i, length: 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Position(scalar: Unicode.Scalar(value) ?? "\u{FFFD}", offset: offset, byte: i, length: length)
    }

    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == ";"
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 128 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57) }
        // General Punctuation (curly quotes, dashes, spaces) and the Latin-1 signs: never part of a word.
        if (v >= 0x2000 && v <= 0x206F) || (v >= 0xA0 && v <= 0xBF && v != 0xAA && v != 0xB2 && v != 0xB3 && v != 0xB5
            && v != 0xB9 && v != 0xBA && v != 0xBC && v != 0xBD && v != 0xBE) { return false }
        let props = scalar.properties
        return props.isAlphabetic || props.numericType != nil || props.generalCategory == .nonspacingMark
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}"
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to word: inout [UInt8]) {
        let v = scalar.value
        if v < 128 {
            word.append(UInt8(v >= 65 && v <= 90 ? v + 32 : v))
        } else {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(lower) { word.append($0) } }
        }
    }
}
