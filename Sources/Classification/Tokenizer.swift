/// A word of a passage: its span (Unicode scalar offsets, end exclusive), its lower-cased form and its sentence.
struct Token {
    var start: Int
    var end: Int
    var word: String
    var sentence: Int
}

/// Splits text into word tokens and sentences. Contractions become words (`wasn't` → `was` `not`), a possessive
/// `'s` is dropped, hyphens and other punctuation separate words, and `.`, `!`, `?`, `;` end a sentence (clause)
/// unless the `.` follows a known abbreviation.
struct Tokenizer {
    private static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "e", "g", "i", "eg", "ie", "etc", "no",
                                                     "st", "vs", "approx", "ref", "para", "cf", "prof", "nb"]
    private var scalars: [Unicode.Scalar] = []
    /// The current word's lower-cased UTF-8 bytes.
    private var word: [UInt8] = []

    /// Replaces `tokens` with the tokens of `text`.
    mutating func tokenize(_ text: String, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        scalars.removeAll(keepingCapacity: true)
        scalars.append(contentsOf: text.unicodeScalars)
        var sentence = 0
        var start = 0
        var i = 0
        let n = scalars.count
        while i < n {
            let scalar = scalars[i]
            if Self.isWordScalar(scalar) {
                if word.isEmpty { start = i }
                Self.appendLowercased(scalar, to: &word)
                i += 1
                continue
            }
            if Self.isApostrophe(scalar), !word.isEmpty, i + 1 < n, Self.isWordScalar(scalars[i + 1]) {
                let following = scalars[i + 1]
                let endsWord = i + 2 >= n || !Self.isWordScalar(scalars[i + 2])
                if (following == "t" || following == "T"), endsWord, word.last == UInt8(ascii: "n") {
                    word.removeLast()
                    flush(&tokens, start: start, end: i - 1, sentence: sentence)
                    tokens.append(Token(start: i - 1, end: i + 2, word: "not", sentence: sentence))
                    i += 2
                    continue
                }
                if (following == "s" || following == "S"), endsWord {
                    flush(&tokens, start: start, end: i, sentence: sentence)
                    i += 2
                    continue
                }
                i += 1
                continue
            }
            flush(&tokens, start: start, end: i, sentence: sentence)
            if Self.endsSentence(scalar), let last = tokens.last, last.sentence == sentence,
               i + 1 >= n || scalars[i + 1].properties.isWhitespace || scalars[i + 1] == "\"" || scalars[i + 1] == "\u{201D}" {
                if scalar != "." || last.end != i || !Self.abbreviations.contains(last.word) { sentence += 1 }
            }
            i += 1
        }
        flush(&tokens, start: start, end: n, sentence: sentence)
    }

    /// The scalars of the last tokenized text in `start..<end`.
    func scalarSlice(_ start: Int, _ end: Int) -> ArraySlice<Unicode.Scalar> {
        scalars[max(0, start)..<min(end, scalars.count)]
    }

    private mutating func flush(_ tokens: inout [Token], start: Int, end: Int, sentence: Int) {
        guard !word.isEmpty else { return }
        tokens.append(Token(start: start, end: end, word: String(decoding: word, as: UTF8.self), sentence: sentence))
        word.removeAll(keepingCapacity: true)
    }

    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == ";"
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57)
        }
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
